//! Recognisers for the lines of a letter: postcodes, dates, references, salutations,
//! subject lines, sign-offs, list markers and title-like lines.
//!
//! Every function takes one trimmed line and runs in time linear in its length (most give
//! up at once on long lines: the shapes they look for are short).

/// Lines longer than this (in bytes) are never address lines, headings or details.
const SHORT_LINE: usize = 100;

/// The words of a line: white-space separated tokens holding a letter or digit.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Whether `s` has at most `max` words (stops counting early).
pub(crate) fn at_most_words(s: &str, max: usize) -> bool {
    word_count_upto(s, max) <= max
}

/// The number of words, counting no further than `max + 1`.
pub(crate) fn word_count_upto(s: &str, max: usize) -> usize {
    let limit = max.saturating_add(1);
    // The import asks this of most lines of a letter, many of them long: ASCII lines
    // (nearly all) are counted on bytes, stopping at the limit (tested equal to `words`).
    ascii_word_count_upto(s, limit).unwrap_or_else(|| words(s).take(limit).count())
}

/// [`words`] of `s` counted on bytes, no further than `limit`; `None` when a byte beyond
/// ASCII comes first (a word then may hold a letter or end at a space beyond ASCII).
/// Every word counted ends at ASCII white space or at the end, so the count is exact.
fn ascii_word_count_upto(s: &str, limit: usize) -> Option<usize> {
    /// A byte's class for the count: white space, a letter or digit, other ASCII, or a
    /// byte beyond ASCII. White space is `char::is_whitespace` on ASCII: tab, line feed,
    /// vertical tab, form feed, carriage return and space.
    const OTHER: u8 = 0;
    const SPACE: u8 = 1;
    const ALNUM: u8 = 2;
    const BEYOND: u8 = 3;
    const CLASS: [u8; 256] = {
        let mut t = [BEYOND; 256];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            t[b] = if matches!(c, b'\t'..=b'\r' | b' ') {
                SPACE
            } else if c.is_ascii_alphanumeric() {
                ALNUM
            } else {
                OTHER
            };
            b += 1;
        }
        t
    };
    if limit == 0 {
        return Some(0);
    }
    let mut count = 0;
    // Inside a run of non-space bytes; whether that run holds a letter or digit.
    let mut in_run = false;
    let mut alphanumeric = false;
    for &b in s.as_bytes() {
        match CLASS[usize::from(b)] {
            SPACE => {
                if in_run && alphanumeric {
                    count += 1;
                    // The count changes only here: stop as soon as it reaches the limit.
                    if count >= limit {
                        return Some(count);
                    }
                }
                in_run = false;
                alphanumeric = false;
            }
            ALNUM => {
                in_run = true;
                alphanumeric = true;
            }
            OTHER => in_run = true,
            _ => return None,
        }
    }
    if in_run && alphanumeric {
        count += 1;
    }
    Some(count.min(limit))
}

fn lower_starts_with(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// The last character, if it is one of `.`, `!`, `?`, `;` or `,`.
pub(crate) fn ends_with_punctuation(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ';', ','])
}

/// Whether the line ends a sentence (`.`, `!`, `?`, possibly inside a closing bracket or
/// quote).
pub(crate) fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches([')', '"', '\'', '’', '”'])
        .ends_with(['.', '!', '?'])
}

// ---------------------------------------------------------------------------------------
// Postcodes and addresses

fn is_outward_code(t: &str) -> bool {
    let b = t.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || b.len() < letters + 1 || b.len() > letters + 2 {
        return false;
    }
    b[letters].is_ascii_digit()
        && b[letters + 1..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

fn is_inward_code(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
}

/// Whether the line ends with a UK postcode ("BS3 4QT", "Leeds LS6 2AB", "SW1A1AA").
pub(crate) fn ends_with_postcode(s: &str) -> bool {
    if s.len() > SHORT_LINE {
        return false;
    }
    let s = s.trim_end_matches(['.', ',']);
    let mut tokens = s.rsplit(|c: char| c.is_whitespace() || c == ',');
    let Some(last) = tokens.next() else {
        return false;
    };
    if last.len() >= 5 && last.is_char_boundary(last.len() - 3) {
        let (out, inw) = last.split_at(last.len() - 3);
        if is_outward_code(out) && is_inward_code(inw) {
            return true;
        }
    }
    is_inward_code(last) && tokens.next().is_some_and(is_outward_code)
}

const STREET_WORDS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "lane",
    "ln",
    "avenue",
    "ave",
    "close",
    "drive",
    "way",
    "crescent",
    "place",
    "court",
    "gardens",
    "terrace",
    "square",
    "hill",
    "grove",
    "park",
    "row",
    "walk",
    "mews",
    "green",
    "parade",
    "house",
    "building",
    "buildings",
    "hall",
    "estate",
    "view",
    "rise",
    "gate",
    "wharf",
    "quay",
    "yard",
];

/// Whether the line looks like a street line of an address: it starts with a house
/// number, "Flat", "PO Box", or has a street word ("Road", "Lane", "House"...).
pub(crate) fn is_street_like(s: &str) -> bool {
    if s.len() > SHORT_LINE {
        return false;
    }
    let first = s.split_whitespace().next().unwrap_or("");
    if first.starts_with(|c: char| c.is_ascii_digit())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-/,".contains(c))
    {
        return true;
    }
    let lower = s.to_lowercase();
    if [
        "flat ",
        "apartment ",
        "unit ",
        "po box",
        "p.o. box",
        "p o box",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        return true;
    }
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| STREET_WORDS.contains(&w))
}

/// Whether the line is short and plain enough to be an address line (or another line of
/// a letter's head): a few words, no sentence punctuation at the end.
pub(crate) fn is_address_like(s: &str) -> bool {
    s.len() <= 80 && at_most_words(s, 10) && !s.ends_with(['.', '!', '?', ';', ':'])
}

const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "revd",
];

/// Whether the line starts with a title such as "Mr", "Mrs" or "Dr" (a person's name).
pub(crate) fn starts_with_honorific(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    HONORIFICS.contains(&first.trim_end_matches('.').to_lowercase().as_str())
}

// ---------------------------------------------------------------------------------------
// Dates and references

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn is_month(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .any(|m| *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept")))
}

fn is_weekday(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    WEEKDAYS
        .iter()
        .any(|d| *d == w || (w.len() == 3 && d.starts_with(&w)))
}

fn is_day_number(w: &str) -> bool {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 2
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        && ["", "st", "nd", "rd", "th"].contains(&rest.to_lowercase().as_str())
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn is_numeric_date(w: &str) -> bool {
    for sep in ['/', '.', '-'] {
        let parts: Vec<&str> = w.split(sep).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let long = parts.iter().filter(|p| p.len() == 4).count();
            return long <= 1 && (parts[0].len() == 4 || parts[2].len() >= 2);
        }
    }
    false
}

/// Strip a "Date:" style label from a line.
fn strip_date_label(s: &str) -> &str {
    for label in ["date of letter", "date sent", "dated", "date"] {
        if lower_starts_with(s, label) {
            let rest = s[label.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix(':') {
                return rest.trim_start();
            }
            if label == "dated" {
                return rest;
            }
        }
    }
    s
}

/// Whether the line is a date and nothing else ("14 February 2026", "Date: 3 March 2026",
/// "Thursday, 5th March 2026", "March 5, 2026", "14/02/2026").
pub(crate) fn is_date_line(s: &str) -> bool {
    if s.len() > 60 {
        return false;
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let s = strip_date_label(s);
    let mut tokens = [""; 6];
    let mut n = 0;
    for token in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        if n == tokens.len() {
            return false;
        }
        tokens[n] = token;
        n += 1;
    }
    let mut t = &tokens[..n];
    if let Some((first, rest)) = t.split_first() {
        if is_weekday(first) {
            t = rest;
        }
    }
    match t {
        [w] => is_numeric_date(w),
        [d, m, y] => {
            (is_day_number(d) && is_month(m) || is_month(d) && is_day_number(m)) && is_year(y)
        }
        [d, of, m, y] => {
            is_day_number(d) && of.eq_ignore_ascii_case("of") && is_month(m) && is_year(y)
        }
        [m, y] => is_month(m) && is_year(y),
        _ => false,
    }
}

/// Labels that open a reference or contact line in a letter's head.
const DETAIL_LABELS: &[&str] = &[
    "our ref",
    "your ref",
    "my ref",
    "ref",
    "reference",
    "nhs number",
    "nhs no",
    "hospital number",
    "hospital no",
    "date of birth",
    "dob",
    "d.o.b",
    "tel",
    "telephone",
    "phone",
    "mobile",
    "fax",
    "email",
    "e-mail",
    "direct line",
    "direct dial",
    "textphone",
    "minicom",
    "website",
    "web",
    "please ask for",
    "ask for",
    "contact",
    "case number",
    "case no",
    "claim number",
    "account number",
    "client number",
    "client id",
    "person id",
];

/// Markers that stand alone at the head of a letter.
const HEAD_MARKERS: &[&str] = &[
    "private and confidential",
    "private & confidential",
    "strictly private and confidential",
    "confidential",
    "urgent",
    "personal",
    "by hand",
    "by email",
    "sent by email",
    "addressee only",
    "to be opened by addressee only",
];

/// Whether the line is a reference, contact or date line of a letter's head ("Our ref:
/// CSP/1", "NHS number: 485 777 3456", "Tel: 0117 496 0321", "14 February 2026",
/// "Private and confidential").
pub(crate) fn is_detail_line(s: &str) -> bool {
    if s.len() > SHORT_LINE {
        return false;
    }
    if is_date_line(s) {
        return true;
    }
    let bare = s.trim_end_matches([',', '.']);
    if HEAD_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(bare)) {
        return true;
    }
    if subject_prefix(s).is_some() {
        return false;
    }
    // "Label: value", with a short label.
    if let Some((label, _)) = s.split_once(':') {
        let label = label.trim();
        if !label.is_empty()
            && at_most_words(label, 4)
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || " .'’-/()&".contains(c))
            && !label.contains("//")
        {
            return true;
        }
    }
    // A known label without a colon, followed by something with a digit or an "@".
    for label in DETAIL_LABELS {
        if lower_starts_with(s, label) {
            let rest = &s[label.len()..];
            if rest.starts_with([' ', '.', '\t'])
                && rest.contains(|c: char| c.is_ascii_digit() || c == '@')
            {
                return true;
            }
        }
    }
    // A bare e-mail address, web address or phone number.
    let single = !s.contains(char::is_whitespace);
    if single && (s.contains('@') || lower_starts_with(s, "www.") || lower_starts_with(s, "http")) {
        return true;
    }
    is_phone_number(s)
}

/// A short "Label: value" line, such as "Time: 14:30" or "Clinic: Dermatology, Level 2":
/// a label of one to three words starting with a capital, then a value. Lines whose label
/// reads as the start of a sentence ("Please note: ...") are not.
pub(crate) fn is_labelled_value(s: &str) -> bool {
    if s.len() > SHORT_LINE {
        return false;
    }
    let Some((label, value)) = split_at_colon_space(s) else {
        return false;
    };
    let label = label.trim();
    let sentence_like = ["please", "note", "important", "remember", "warning"]
        .iter()
        .any(|w| lower_starts_with(label, w));
    // "Full blood count (FBC)", "HbA1c (average blood sugar over 2 to 3 months)": words in
    // brackets after the label name it and do not count.
    let bare = match label.split_once(" (") {
        Some((name, rest)) if rest.ends_with(')') && !rest.contains('(') => name,
        _ => label,
    };
    !value.trim().is_empty()
        && !sentence_like
        && at_most_words(bare, 3)
        && bare.chars().next().is_some_and(char::is_uppercase)
        && bare
            .chars()
            .all(|c| c.is_alphanumeric() || " '’-/()&".contains(c))
}

/// `s.split_once(": ")`, found with memchr: asked of most lines of a letter, where the
/// general substring search cost several hundred instructions a line (tested equal).
pub(crate) fn split_at_colon_space(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    let at = memchr::memchr_iter(b':', b).find(|&i| b.get(i + 1) == Some(&b' '))?;
    // ":" and " " are ASCII, so both ends are character boundaries.
    Some((s.get(..at)?, s.get(at + 2..)?))
}

/// `s.rsplit_once(": ")`, found with memchr (see [`split_at_colon_space`]).
fn rsplit_at_colon_space(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    let at = memchr::memrchr_iter(b':', b).find(|&i| b.get(i + 1) == Some(&b' '))?;
    Some((s.get(..at)?, s.get(at + 2..)?))
}

/// A "label: figure" line of a statement, such as "Invoice 500871 (period 06/04/2026 to
/// 03/05/2026): £411.52" or "Total outstanding: £1,234.56": a label of up to ten words
/// starting with a capital, then a short value with a digit. Longer labels than
/// [`is_labelled_value`] allows, because the value is only a figure.
pub(crate) fn is_figure_line(s: &str) -> bool {
    let Some((label, value)) = rsplit_at_colon_space(s) else {
        return false;
    };
    let (label, value) = (label.trim(), value.trim());
    label.starts_with(char::is_uppercase)
        && at_most_words(label, 10)
        && !ends_sentence(label)
        && value.bytes().any(|b| b.is_ascii_digit())
        && at_most_words(value, 4)
        && !value.ends_with('.')
}

/// Where the cells of a line typed as a table row start: "Opening balance at 01/04/2025
/// £1,034.18" with three or more spaces (or a tab) between the cells. Gives the byte
/// offset of each gap (the end of each cell but the last); `None` when the line has no
/// such gap.
pub(crate) fn column_gaps(s: &str) -> Option<Vec<usize>> {
    let bytes = s.as_bytes();
    let mut gaps = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' || bytes[i] == b'\t' {
            let start = i;
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
                i += 1;
            }
            let wide = i - start >= 3 || bytes[start..i].contains(&b'\t');
            if wide && start > 0 && i < bytes.len() {
                gaps.push(start);
            }
        } else {
            i += 1;
        }
    }
    (!gaps.is_empty()).then_some(gaps)
}

fn is_phone_number(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (10..=14).contains(&digits) && s.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c))
}

// ---------------------------------------------------------------------------------------
// Salutation, subject, sign-off

/// If the line opens with a salutation, the byte length of it: the whole line ("Dear Mr
/// Clarke,", "Dear Sir or Madam", "To whom it may concern:"), or the part up to the
/// first comma when more text follows on the same line ("Dear Mr Clarke, thank you...").
pub(crate) fn salutation_len(s: &str) -> Option<usize> {
    const CONCERN: &str = "to whom it may concern";
    if lower_starts_with(s, CONCERN) {
        let rest = s.get(CONCERN.len()..).unwrap_or("");
        return rest
            .trim_end_matches([',', ':', '.'])
            .trim()
            .is_empty()
            .then_some(s.len());
    }
    let greeting = ["dear ", "hello ", "hi "]
        .into_iter()
        .find(|g| lower_starts_with(s, g))?;
    let needs_comma = greeting != "dear ";
    let whole = s.len() <= 60 && at_most_words(s, 8) && !s.contains(". ");
    let body = s.trim_end_matches([',', ':', '!']);
    if whole && !body.ends_with(['.', '?', ';']) && (!needs_comma || s.ends_with(',')) {
        return Some(s.len());
    }
    // "Dear Mr Clarke, thank you for ..." keeps the part up to the first comma.
    if needs_comma {
        return None;
    }
    let comma = s.find(',')?;
    let head = &s[..comma];
    (at_most_words(head, 6) && !head.contains(['.', '?', '!', ';'])).then_some(comma + 1)
}

/// If the line starts with a subject prefix ("Re:", "RE:", "Subject:", "Regarding:"),
/// its length in bytes. The rest of the line must not be empty.
pub(crate) fn subject_prefix(s: &str) -> Option<usize> {
    for prefix in ["subject:", "regarding:", "re:", "re -", "re."] {
        if lower_starts_with(s, prefix) && !s[prefix.len()..].trim().is_empty() {
            return Some(prefix.len());
        }
    }
    None
}

const CLOSINGS: &[&str] = &[
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "yours ever",
    "yours respectfully",
    "sincerely",
    "respectfully",
    "kind regards",
    "kindest regards",
    "best regards",
    "warm regards",
    "warmest regards",
    "regards",
    "best wishes",
    "with best wishes",
    "with kind regards",
    "with kindest regards",
    "with best regards",
    "with warm regards",
    "with many thanks",
    "with thanks",
    "all the best",
];

/// Closings that are also ordinary sentences ("Thank you."): only a closing with a comma
/// or with nothing after them.
const SOFT_CLOSINGS: &[&str] = &["thank you", "thanks", "many thanks"];

/// Whether the line is the closing phrase of a letter ("Yours sincerely,").
pub(crate) fn is_closing(s: &str) -> bool {
    if s.len() > 40 {
        return false;
    }
    let lower = s.to_lowercase();
    let bare = lower.trim_end_matches([',', '.', '!', ' ']);
    if CLOSINGS.contains(&bare) {
        return true;
    }
    let soft = lower.trim_end_matches(',');
    SOFT_CLOSINGS.contains(&soft)
}

/// The openings of what follows a sign-off (see [`is_after_sign_off`]).
const AFTER_SIGN_OFF: [&str; 14] = [
    "enc",
    "encs",
    "encl",
    "enclosure",
    "enclosures",
    "cc",
    "c.c",
    "copy to",
    "copies to",
    "ps",
    "p.s",
    "pps",
    "nb",
    "n.b",
];

/// Whether the line starts what follows a sign-off: enclosures, copies, postscripts.
pub(crate) fn is_after_sign_off(s: &str) -> bool {
    let head = s.get(..s.len().min(20)).unwrap_or(s);
    // Asked of most lines of a letter: an ASCII head (nearly all) is compared in place,
    // without a lower-case copy (tested equal to the general path).
    if head.is_ascii() {
        let b = head.as_bytes();
        return AFTER_SIGN_OFF.iter().any(|p| {
            b.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
                && b.get(p.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
        });
    }
    is_after_sign_off_any(s)
}

/// [`is_after_sign_off`] for any line.
fn is_after_sign_off_any(s: &str) -> bool {
    let lower = s.get(..s.len().min(20)).unwrap_or(s).to_lowercase();
    AFTER_SIGN_OFF.iter().any(|p| {
        lower.starts_with(p)
            && lower[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether the line can belong to a sign-off block (name, role, team, contact lines).
pub(crate) fn is_sign_off_line(s: &str) -> bool {
    s.len() <= SHORT_LINE
        && at_most_words(s, 12)
        && !is_after_sign_off(s)
        && (!ends_sentence(s) || at_most_words(s, 3))
}

const ORG_WORDS: &[&str] = &[
    "team",
    "council",
    "service",
    "services",
    "trust",
    "department",
    "directorate",
    "unit",
    "centre",
    "center",
    "office",
    "board",
    "authority",
    "hospital",
    "practice",
    "surgery",
    "partnership",
    "ltd",
    "limited",
    "llp",
    "plc",
    "group",
    "association",
    "agency",
    "foundation",
    "clinic",
    "division",
    "nhs",
    "society",
    "hub",
    "housing",
    "icb",
];

/// If the line (or one of its comma-separated parts) names an organisation or team
/// ("Senior Practitioner, Review Team" gives "Review Team"), that name.
pub(crate) fn organisation(s: &str) -> Option<&str> {
    if s.len() > SHORT_LINE || s.contains('@') || s.contains(':') {
        return None;
    }
    s.rsplit(',').map(str::trim).find(|part| {
        let mut ws = part.split_whitespace();
        let first = ws.next().unwrap_or("");
        let last = part.split_whitespace().last().unwrap_or("");
        let last = last.trim_end_matches('.').to_lowercase();
        (ORG_WORDS.contains(&last.as_str()) || first == "NHS" || part.contains("Council"))
            && part.starts_with(|c: char| c.is_uppercase())
    })
}

/// Words that make a line a job title rather than a name.
const ROLE_WORDS: &[&str] = &[
    "officer",
    "manager",
    "adviser",
    "advisor",
    "worker",
    "practitioner",
    "coordinator",
    "co-ordinator",
    "administrator",
    "therapist",
    "director",
    "head",
    "assistant",
    "nurse",
    "consultant",
    "lead",
    "specialist",
    "clerk",
    "supervisor",
    "executive",
    "behalf",
];

/// Whether the line could be a person's name in a sign-off (no digits, no "@", no ":",
/// a few capitalised words, no job title word).
pub(crate) fn is_name_like(s: &str) -> bool {
    s.len() <= 60
        && at_most_words(s, 6)
        && !s.contains(|c: char| c.is_ascii_digit() || c == '@' || c == ':')
        && s.starts_with(|c: char| c.is_uppercase())
        && !s
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
}

// ---------------------------------------------------------------------------------------
// Lists

/// A list marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Bytes of the marker and the white space after it.
    pub(crate) len: usize,
    /// Numbered or lettered.
    pub(crate) ordered: bool,
    /// The kind of marker: items separated by blank lines form one list only when their
    /// markers are of one kind.
    pub(crate) style: MarkerStyle,
}

/// Kinds of list marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkerStyle {
    /// The bullet character.
    Bullet(char),
    /// "1.", "1)", "(1)".
    Number,
    /// "a)", "(a)", "iv)".
    Letter,
}

/// The list marker at the start of the line, if any: "- ", "* ", "• ", "– ", "1. ",
/// "1) ", "(1) ", "a) ", "(a) ", "iv) ". A marker must be followed by white space and text.
pub(crate) fn list_marker(s: &str) -> Option<Marker> {
    let body_start = |marker_len: usize| -> Option<usize> {
        let rest = s.get(marker_len..)?;
        let trimmed = rest.trim_start();
        (rest.len() > trimmed.len() && !trimmed.is_empty())
            .then_some(marker_len + rest.len() - trimmed.len())
    };
    let first = s.chars().next()?;
    if matches!(
        first,
        '-' | '*' | '•' | '–' | '—' | '·' | '▪' | '●' | '◦' | '‣' | '○' | '■'
    ) {
        let len = body_start(first.len_utf8())?;
        return Some(Marker {
            len,
            ordered: false,
            style: MarkerStyle::Bullet(first),
        });
    }
    let (open, inner_start) = if first == '(' { (true, 1) } else { (false, 0) };
    let rest = &s[inner_start..];
    let label_len = rest
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    let label = &rest[..label_len];
    let close = rest[label_len..].chars().next()?;
    let numeric =
        !label.is_empty() && label.len() <= 2 && label.bytes().all(|b| b.is_ascii_digit());
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = matches!(
        label,
        "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x" | "xi" | "xii"
    );
    let ok = if open {
        close == ')' && (numeric || letter || roman)
    } else {
        (close == ')' && (numeric || letter || roman)) || (close == '.' && numeric)
    };
    if !ok {
        return None;
    }
    let len = body_start(inner_start + label_len + 1)?;
    let style = if numeric {
        MarkerStyle::Number
    } else {
        MarkerStyle::Letter
    };
    Some(Marker {
        len,
        ordered: true,
        style,
    })
}

// ---------------------------------------------------------------------------------------
// Headings

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "in", "on", "at", "by", "with",
    "from", "into", "onto", "about", "as", "your", "our", "my", "their", "his", "her", "its", "is",
    "are", "be", "per", "via", "vs", "if", "than", "up", "out", "off", "over", "under", "after",
    "before", "this", "that", "these", "those", "you", "we",
];

/// Words that open sentences rather than titles.
const SENTENCE_OPENERS: &[&str] = &[
    "i",
    "i'm",
    "i’m",
    "we",
    "we're",
    "we’re",
    "you",
    "you're",
    "you’re",
    "thank",
    "thanks",
    "please",
    "this",
    "it",
    "it's",
    "it’s",
    "there",
    "here",
    "as",
    "following",
    "further",
    "unfortunately",
    "sorry",
    "dear",
    "yours",
    "kind",
    "best",
    "regards",
    "many",
    "with",
    "sincerely",
    "hello",
    "hi",
    "if",
    "when",
    "should",
];

const QUESTION_WORDS: &[&str] = &["what", "how", "who", "when", "where", "why", "which"];

fn first_word_lower(s: &str) -> String {
    s.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ':'])
        .to_lowercase()
}

/// Whether every word that matters starts with a capital ("Annual Review of your Care
/// Plan").
pub(crate) fn is_title_case(s: &str) -> bool {
    let mut any = false;
    for (i, w) in s.split_whitespace().enumerate() {
        let Some(c) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if c.is_uppercase() {
            any = true;
        } else if c.is_lowercase() {
            let bare: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            if i == 0 || !SMALL_WORDS.contains(&bare.as_str()) {
                return false;
            }
        }
    }
    any
}

/// Whether the letters of the line are all capitals (at least two of them).
pub(crate) fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Common to all title-like lines: short, starts with a capital or digit, no sentence
/// punctuation at the end, not a date, reference, postcode, salutation or closing.
fn title_basics(s: &str, max_words: usize) -> bool {
    // About seven bytes a word, at least a full line's worth.
    s.len() <= (max_words * 7).max(80)
        && at_most_words(s, max_words)
        && word_count_upto(s, max_words) >= 1
        && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !ends_with_punctuation(s)
        && !s.contains(['@', '\t'])
        && !s.contains("://")
        && !s.contains(". ")
        && !SENTENCE_OPENERS.contains(&first_word_lower(s).as_str())
        && !is_date_line(s)
        && !ends_with_postcode(s)
        && !is_closing(s)
        && salutation_len(s).is_none()
}

/// Whether a line standing alone between paragraphs is a section heading: fewer than 10
/// words, no final punctuation, and Title Case, ALL CAPS, a question word ("What happens
/// next") or a short label ending with a colon ("Charges:"). `before_prose` says whether
/// running text (not a list) follows.
pub(crate) fn is_section_heading(s: &str, before_prose: bool) -> bool {
    if !title_basics(s, 9) {
        return false;
    }
    let body = s.strip_suffix(':');
    if let Some(body) = body {
        // A label with a colon: only before prose (before a list it is a lead-in).
        return before_prose
            && !body.contains(':')
            && at_most_words(body, 6)
            && (is_title_case(body) || is_all_caps(body) || at_most_words(body, 3));
    }
    if s.contains(':') || (s.contains(',') && !is_all_caps(s)) {
        return false;
    }
    let single = at_most_words(s, 1);
    if single && s.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    is_title_case(s) || is_all_caps(s) || QUESTION_WORDS.contains(&first_word_lower(s).as_str())
}

/// Whether a line right after the salutation is the letter's subject: under 12 words,
/// no final punctuation.
pub(crate) fn is_subject_line(s: &str) -> bool {
    subject_shape(s, 12)
}

/// Whether the line right after the salutation is the subject. Subjects there can be
/// long ("Offer of a planned short break for your mother, Mrs Halina Kaczmarek"), so up
/// to 20 words, with the other conditions of [`is_subject_line`].
pub(crate) fn is_subject_after_salutation(s: &str) -> bool {
    subject_shape(s, 20) || (title_basics(s, 20) && topic_and_subject(s))
}

/// "Your Universal Credit: mandatory appointment to review your Claimant Commitment": a
/// topic, a colon and words in lower case that say what about it (at least four, with no
/// digit among the first four: "Important: change to your home care provider from 30 March
/// 2026"), which a detail line ("Date: 14 March 2026", "Venue: Ward 12") does not have.
fn topic_and_subject(s: &str) -> bool {
    let Some((_, about)) = s.split_once(':') else {
        return false;
    };
    let about = about.trim();
    let first_four: Vec<&str> = about.split_whitespace().take(4).collect();
    about.starts_with(|c: char| c.is_lowercase())
        && first_four.len() == 4
        && !first_four
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
        && list_marker(s).is_none()
}

fn subject_shape(s: &str, max_words: usize) -> bool {
    title_basics(s, max_words)
        && !s.ends_with(':')
        && !is_detail_line(s)
        && list_marker(s).is_none()
}

/// Whether a line can continue a subject line typed over two or three lines: a few
/// words, not the start of a sentence, no sentence end.
pub(crate) fn continues_title(s: &str) -> bool {
    s.len() <= 80
        && at_most_words(s, 8)
        && !ends_sentence(s)
        && !s.ends_with([',', ';'])
        && list_marker(s).is_none()
        && !is_closing(s)
        && salutation_len(s).is_none()
        && !SENTENCE_OPENERS.contains(&first_word_lower(s).as_str())
}

/// Whether a line just before the salutation is the letter's subject: it must look like a
/// title (Title Case or ALL CAPS) and not like a name or an address line.
pub(crate) fn is_subject_before_salutation(s: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "the",
        "fao", "attn",
    ];
    is_subject_line(s)
        && word_count_upto(s, 2) >= 2
        && (is_title_case(s) || is_all_caps(s))
        && !HONORIFICS.contains(&first_word_lower(s).trim_end_matches('.'))
        && !is_street_like(s)
        && !HEAD_MARKERS.contains(&s.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_and_what_about_it_is_a_subject_after_the_salutation() {
        assert!(is_subject_after_salutation(
            "Your Universal Credit: mandatory appointment to review your Claimant Commitment"
        ));
        // A date late in the subject.
        assert!(is_subject_after_salutation(
            "Important: change to your home care provider from 30 March 2026"
        ));
        for s in [
            "Note: see page 2 for 3 more ways to pay",
            "Date: Wednesday 14 October 2026",
            "Venue: Relatives' Room, Ward 12",
            "Time: 14:30 (expected to last about one and a half hours)",
            "Venue: Relatives' Room on Ward Twelve East",
        ] {
            assert!(!is_subject_after_salutation(s), "{s}");
        }
    }

    #[test]
    fn a_label_may_name_itself_again_in_brackets() {
        for s in [
            "Full blood count (FBC): normal",
            "Liver function tests (LFTs): normal",
            "HbA1c (average blood sugar over 2 to 3 months): 37 mmol/mol – normal",
            "Kidney function: 88 mL/min/1.73m2 – normal",
        ] {
            assert!(is_labelled_value(s), "{s}");
        }
        // Still no label: a sentence before the colon, or a long name.
        for s in [
            "Please note (this is important): bring your letter",
            "The results of your recent blood tests (see below): normal",
        ] {
            assert!(!is_labelled_value(s), "{s}");
        }
    }

    #[test]
    fn postcodes() {
        for s in [
            "BS3 4QT",
            "Bristol BS3 4QT",
            "Leeds LS6 2AB",
            "SW1A 1AA",
            "M1 1AE",
            "EC1A1BB",
            "B33 8TH,",
        ] {
            assert!(ends_with_postcode(s), "{s}");
        }
        for s in [
            "Bristol",
            "BS3",
            "12 Mill Lane",
            "4QT",
            "Our ref: AB1 2",
            "bs3 4qt",
            "CSP/2025/40219",
        ] {
            assert!(!ends_with_postcode(s), "{s}");
        }
    }

    #[test]
    fn dates() {
        for s in [
            "14 February 2026",
            "Date: 3 March 2026",
            "DATE: 3 March 2026",
            "Thursday 5 March 2026",
            "Thursday, 5th March 2026",
            "March 5, 2026",
            "5 Mar 2026",
            "14/02/2026",
            "2026-02-14",
            "Dated 1st of April 2026",
            "February 2026",
        ] {
            assert!(is_date_line(s), "{s}");
        }
        for s in [
            "14 February",
            "Your review is on 5 March 2026",
            "5 May",
            "2026",
            "May 2026 review",
            "1.5.2",
        ] {
            assert!(!is_date_line(s), "{s}");
        }
    }

    #[test]
    fn details() {
        for s in [
            "Our ref: CSP/2025/40219",
            "Your ref:",
            "NHS number: 485 777 3456",
            "Tel: 0117 496 0321",
            "Email: review.team@example.org.uk",
            "Our ref CSP/2025/40219",
            "Private and Confidential",
            "0117 496 0321",
            "www.example.gov.uk",
            "Date of birth: 1 May 1950",
        ] {
            assert!(is_detail_line(s), "{s}");
        }
        for s in [
            "Re: Annual review",
            "Bristol City Council",
            "12 Mill Lane",
            "Please call us on 0117 496 0321 to talk: we can help.",
        ] {
            assert!(!is_detail_line(s), "{s}");
        }
    }

    #[test]
    fn salutations() {
        assert_eq!(salutation_len("Dear Mr Clarke,"), Some(15));
        assert_eq!(salutation_len("Dear Sir or Madam"), Some(17));
        assert_eq!(salutation_len("DEAR MRS BEGUM"), Some(14));
        assert_eq!(salutation_len("To whom it may concern:"), Some(23));
        assert_eq!(
            salutation_len("Dear Mr Clarke, thank you for your letter of 3 May."),
            Some(15)
        );
        assert_eq!(salutation_len("Hello Sam,"), Some(10));
        assert_eq!(salutation_len("Hello there"), None);
        assert_eq!(salutation_len("Dearest friends, hello"), None);
        assert_eq!(
            salutation_len("Dear me. This is long and has no comma at all in it"),
            None
        );
    }

    #[test]
    fn subjects_and_closings() {
        assert_eq!(subject_prefix("Re: Your review"), Some(3));
        assert_eq!(subject_prefix("RE: YOUR REVIEW"), Some(3));
        assert_eq!(subject_prefix("Subject: Your review"), Some(8));
        assert_eq!(subject_prefix("Re:"), None);
        assert_eq!(subject_prefix("Really good news"), None);
        for s in [
            "Yours sincerely,",
            "Yours faithfully",
            "Kind regards",
            "Best wishes,",
            "Regards",
            "With best wishes",
            "Many thanks,",
            "YOURS SINCERELY",
        ] {
            assert!(is_closing(s), "{s}");
        }
        for s in [
            "Thank you.",
            "Thank you for your help.",
            "Yours",
            "Regards to your family",
        ] {
            assert!(!is_closing(s), "{s}");
        }
        assert!(is_after_sign_off("Enc: leaflet"));
        assert!(is_after_sign_off("cc: GP"));
        assert!(is_after_sign_off("PS Please bring your letter."));
        assert!(!is_after_sign_off("Encouraging news"));
        assert!(!is_after_sign_off("Psychology Service"));
    }

    #[test]
    fn organisations() {
        assert_eq!(
            organisation("Senior Practitioner, Review Team"),
            Some("Review Team")
        );
        assert_eq!(
            organisation("Financial Assessment and Benefits Team"),
            Some("Financial Assessment and Benefits Team")
        );
        assert_eq!(
            organisation("Bristol City Council"),
            Some("Bristol City Council")
        );
        assert_eq!(organisation("Community Care Worker"), None);
        assert_eq!(organisation("Occupational Therapist"), None);
        assert_eq!(organisation("Helen Marsh"), None);
    }

    #[test]
    fn list_markers() {
        let m = |s| list_marker(s).map(|m| (m.len, m.ordered));
        assert_eq!(m("- one"), Some((2, false)));
        assert_eq!(m("*  one"), Some((3, false)));
        assert_eq!(m("• one"), Some(("• ".len(), false)));
        assert_eq!(m("– one"), Some(("– ".len(), false)));
        assert_eq!(m("1. one"), Some((3, true)));
        assert_eq!(m("12) one"), Some((4, true)));
        assert_eq!(m("(3) one"), Some((4, true)));
        assert_eq!(m("a) one"), Some((3, true)));
        assert_eq!(m("(b) one"), Some((4, true)));
        assert_eq!(m("iv) one"), Some((4, true)));
        for s in [
            "-5 degrees",
            "2014. The work",
            "a. b",
            "A. Smith",
            "1.5 hours",
            "-",
            "1. ",
            "**bold**",
            "Mr. Smith",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }

    #[test]
    fn headings() {
        for s in [
            "Annual Review of your Care and Support Plan",
            "IMPORTANT INFORMATION",
            "What happens next",
            "Charges:",
            "Background",
            "How to Contact Us",
        ] {
            assert!(is_section_heading(s, true), "{s}");
        }
        for s in [
            "We will phone you on Monday.",
            "We look forward to seeing you",
            "Thank You",
            "The review will be held at home",
            "Tel: 0117 496 0321",
            "Thursday 5 March 2026",
            "Bristol BS3 4QT",
            "Yours Sincerely",
            "Ok",
            "Please bring:",
            "If You Need Help",
        ] {
            assert!(!is_section_heading(s, true), "{s}");
        }
        assert!(!is_section_heading("Please bring:", false));
        assert!(!is_section_heading("What to bring:", false));
    }

    #[test]
    fn subject_lines() {
        assert!(is_subject_line(
            "Annual Review of your Care and Support Plan - Reference CSP/2025/40219"
        ));
        assert!(is_subject_line("Your care review"));
        assert!(!is_subject_line("Thank you for your letter"));
        assert!(!is_subject_line("I am writing about your review."));
        assert!(is_subject_before_salutation("Annual Review"));
        assert!(!is_subject_before_salutation("Mr John Clarke"));
        assert!(!is_subject_before_salutation("12 Acacia Avenue"));
        assert!(!is_subject_before_salutation("Private and Confidential"));
    }

    proptest::proptest! {
        /// The shortcut in `at_most_words` (counting white space) agrees with counting
        /// the words.
        #[test]
        fn at_most_words_agrees_with_counting(
            s in "[a-z0-9 \t\u{b}\u{c},.-]{0,40}|\\PC{0,40}",
            max in 0usize..15,
        ) {
            proptest::prop_assert_eq!(at_most_words(&s, max), words(&s).nth(max).is_none());
            proptest::prop_assert_eq!(word_count_upto(&s, max), words(&s).take(max + 1).count());
        }

        /// The memchr splits agree with `split_once` and `rsplit_once`.
        #[test]
        fn colon_space_splits_agree(s in "[a-z: é]{0,20}|\\PC{0,30}") {
            proptest::prop_assert_eq!(split_at_colon_space(&s), s.split_once(": "));
            proptest::prop_assert_eq!(rsplit_at_colon_space(&s), s.rsplit_once(": "));
        }

        /// The test in place agrees with the lower-case copy.
        #[test]
        fn after_sign_off_in_place_agrees(
            s in "(Enc|ENCS|encl|Enclosures?|cc|C\\.c|Copy to|copies TO|P\\.?S|pps|N\\.?B|x)[a-z0-9 .:,é-]{0,25}|\\PC{0,30}",
        ) {
            proptest::prop_assert_eq!(is_after_sign_off(&s), is_after_sign_off_any(&s));
        }

        /// The count on bytes agrees with counting the words, on lines of letters.
        #[test]
        fn word_count_on_bytes_agrees_with_counting(
            s in "([A-Za-z0-9]{1,6}|[.,:;()/&-]{1,2}|[ \t\u{b}\u{c}\r\n]{1,2}|\u{a0}|é|£){0,30}",
            max in 0usize..15,
        ) {
            proptest::prop_assert_eq!(at_most_words(&s, max), words(&s).nth(max).is_none());
            proptest::prop_assert_eq!(word_count_upto(&s, max), words(&s).take(max + 1).count());
            if let Some(n) = ascii_word_count_upto(&s, max + 1) {
                proptest::prop_assert_eq!(n, words(&s).take(max + 1).count());
            }
        }
    }
}
