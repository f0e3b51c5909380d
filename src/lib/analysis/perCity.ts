// What a view derives from one city's summary, worked out once per summary object: index.json's
// summaries do not change while a page is open, so after a city toggle the other cities' rows are
// read again, the same objects, and a keyed view redraws only the rows that moved.
//
//   const rows = new PerCity((city: PlanSummary, categories: CategoryId[]) => countRow(city, categories));
//   rows.map(chosen, categoryIds)   // the same row objects while `categoryIds` is the same
//
// `arg` is what else a row depends on (the categories, the language): a different value (by
// identity) starts afresh.
export class PerCity<City extends object, Arg, Row> {
  #make: (city: City, arg: Arg) => Row;
  #arg: { value: Arg } | null = null;
  #rows = new WeakMap<City, Row>();

  constructor(make: (city: City, arg: Arg) => Row) {
    this.#make = make;
  }

  map(cities: readonly City[], arg: Arg): Row[] {
    if (!this.#arg || !Object.is(this.#arg.value, arg)) {
      this.#arg = { value: arg };
      this.#rows = new WeakMap();
    }
    return cities.map((city) => {
      let row = this.#rows.get(city);
      if (row === undefined) {
        row = this.#make(city, arg);
        this.#rows.set(city, row);
      }
      return row;
    });
  }
}
