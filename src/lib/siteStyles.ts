// The site-wide stylesheets, imported from the shell so they ship in one file with the shell's
// component styles instead of a separate request.
import '../app.css';
import '../print.css';
