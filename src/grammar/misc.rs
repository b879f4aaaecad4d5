//! Small grammars: reading time, bullets, AFP-style headings, breadcrumbs.
