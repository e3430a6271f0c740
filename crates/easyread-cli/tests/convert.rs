//! End-to-end tests of `easyread convert`.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn easyread() -> Command {
    Command::new(env!("CARGO_BIN_EXE_easyread"))
}

/// Every letter of the development set (`fixtures/letters`) and the held-out set
/// (`fixtures/unseen`, never tuned on; a lost fact there is a bug all the same).
fn letters() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for folder in ["letters", "unseen"] {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../fixtures")
            .join(folder);
        let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        assert!(!found.is_empty(), "no letters in {}", dir.display());
        found.sort();
        out.extend(found);
    }
    out
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/letters")
        .join(name)
}

fn json(path: &PathBuf) -> serde_json::Value {
    let out = easyread()
        .args(["convert", "--to", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = easyread()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn every_fixture_letter_keeps_every_fact() {
    let mut lost = Vec::new();
    for path in letters() {
        let v = json(&path);
        let facts = &v["facts"];
        assert!(facts["found"].as_u64().unwrap() > 0, "{}", path.display());
        for missing in facts["missing"].as_array().unwrap() {
            lost.push(format!(
                "{}: {} {}",
                path.file_name().unwrap().to_string_lossy(),
                missing["kind"],
                missing["text"]
            ));
        }
        assert_eq!(facts["kept"], facts["found"], "{}", path.display());
    }
    assert!(lost.is_empty(), "facts lost:\n{}", lost.join("\n"));
}

#[test]
fn json_carries_the_review_data() {
    let v = json(&fixture("annual-review.txt"));
    for key in [
        "document",
        "changes",
        "findings",
        "facts",
        "readability_before",
        "readability_after",
        "notes",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["document"]["schema_version"], 1);
    assert_eq!(v["readability_before"]["sentences"], 8);
}

#[test]
fn text_output_starts_with_the_title_and_keeps_the_greeting() {
    let out = easyread()
        .arg("convert")
        .arg(fixture("annual-review.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let title = lines.next().unwrap();
    assert!(!title.is_empty());
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.next(), Some("Dear Mr Clarke,"));
    assert!(text.contains("0117 496 0321"));
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let path = fixture("financial-assessment.txt");
    let run = || {
        easyread()
            .args(["convert", "--to", "json"])
            .arg(&path)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn the_output_type_follows_the_file_extension() {
    let dir = std::env::temp_dir().join(format!("easyread-convert-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("result.json");
    let out = easyread()
        .arg("convert")
        .arg(fixture("annual-review.txt"))
        .arg("-o")
        .arg(&out_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out_path).unwrap()).unwrap();
    assert!(v["document"]["blocks"].is_array());
}

#[test]
fn formats_not_built_yet_are_refused_clearly() {
    for args in [
        vec!["convert", "--to", "pdf", "-"],
        vec!["convert", "--format", "large-print", "-"],
    ] {
        let out = with_stdin(&args, b"Dear Sam,\n\nWe will phone you.\n");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not available yet"), "{err}");
    }
}

#[test]
fn text_that_is_not_english_passes_through_with_a_note() {
    let polish = "Szanowna Pani,\n\nTwoja wizyta jest w czwartek 5 marca 2026 o 14:15. Prosimy zadzwonić pod numer 0117 496 0321.\n";
    let out = with_stdin(&["convert", "--to", "json", "-"], polish.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes = v["notes"].to_string();
    assert!(notes.contains("English only"), "{notes}");
    let out = with_stdin(&["convert", "--to", "txt", "-"], polish.as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Prosimy zadzwonić pod numer 0117 496 0321."),
        "{text}"
    );
    assert_eq!(v["facts"]["missing"].as_array().unwrap().len(), 0);
}

#[test]
fn awkward_inputs_never_crash() {
    for input in [
        "Dear Mrs Begum,\n".to_string(),
        "<p>Hello <b>there</b></p> <script>alert(1)</script>".to_string(),
        "Annwyl Mr Jones,\n\nMae eich apwyntiad ar ddydd Iau.\n".to_string(),
        "প্রিয় জনাব, আপনার অ্যাপয়েন্টমেন্ট বৃহস্পতিবার।\n".to_string(),
        "We will phone you 📞 on Monday 🙂. Bring your 💊 list.\n".to_string(),
        "word ".repeat(200_000),
    ] {
        let out = with_stdin(&["convert", "--to", "json", "-"], input.as_bytes());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["document"]["blocks"].is_array());
    }
}

fn example_data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/data")
        .join(name)
}

#[test]
fn lexicon_folder_adds_the_organisations_words() {
    let letter = example_data("lifeline-letter.txt");
    let plain = easyread().arg("convert").arg(&letter).output().unwrap();
    assert_eq!(plain.status.code(), Some(0));
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(plain.contains("the HFT on"), "{plain}");
    let out = easyread()
        .arg("convert")
        .arg(&letter)
        .arg("--lexicon")
        .arg(example_data("northfield-lexicon"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("the Home First Team on"), "{text}");
    assert!(text.contains("checked every 3 months"), "{text}");
    assert!(
        text.contains("Lifeline alarm: a button you wear that calls our team"),
        "{text}"
    );
}

#[test]
fn a_bad_lexicon_exits_2_with_one_line_naming_file_and_line() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-bad-lexicon");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("plain-words.tsv"),
        "formal\tplain\tpos\nascertain\tcheck\tverbb\n",
    )
    .unwrap();
    let letter = example_data("lifeline-letter.txt");
    for lexicon in [dir.clone(), dir.join("missing")] {
        let out = easyread()
            .arg("convert")
            .arg(&letter)
            .arg("--lexicon")
            .arg(&lexicon)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{lexicon:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("easyread: error: "), "{err}");
        assert!(!err.contains("Ahmed"), "never the letter's text: {err}");
        if lexicon == dir {
            assert!(
                err.contains("plain-words.tsv:2: unknown part of speech"),
                "{err}"
            );
        } else {
            assert!(err.contains("not found"), "{err}");
        }
    }
}

#[test]
fn details_announced_by_a_lead_in_stay_under_it() {
    let letter = b"Dear Mr Shah,\n\nA drop-in session will be held for patients who would like to ask questions:\n\nDate: Thursday 23 April 2026\nTime: 2pm to 7pm\nPlace: Millbrook Community Hall\n\nYou can also phone us on 0113 496 0925.\n\nYours sincerely,\n\nAnna Berg\nPractice Manager\n";
    let out = with_stdin(&["convert", "--to", "txt", "-"], letter);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let lead = lines
        .iter()
        .position(|l| l.starts_with("A drop-in session will be held"))
        .unwrap_or_else(|| panic!("no lead-in in:\n{text}"));
    assert_eq!(
        lines[lead + 1..lead + 4],
        [
            "- Date: Thursday 23 April 2026",
            "- Time: 2pm to 7pm",
            "- Place: Millbrook Community Hall"
        ],
        "{text}"
    );
    assert_eq!(text.matches("Thursday 23 April 2026").count(), 1, "{text}");
}
