//! Facts: dates, times, amounts, phone numbers, emails, web addresses, postcodes,
//! references and names that a conversion must never lose.
