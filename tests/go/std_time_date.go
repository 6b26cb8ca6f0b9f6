// time.Date (normalization), calendar fields, Month/Weekday names, AddDate, Truncate, Format layouts, ParseDuration and its errors.

// Output:
