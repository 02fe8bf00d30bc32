// Stands in for iconv-lite in the bundles. minipass-fetch loads it, inside a try, only for
// `Response.textConverted()`, which depdiff never calls (registries answer in UTF-8 JSON and gzip).
// The real package is 540 KB of code tables that every run would compile for nothing.
module.exports = {};
