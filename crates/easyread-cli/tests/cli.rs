//! End-to-end tests of the `easyread` binary: exit codes, report shapes, bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn easyread() -> Command {
    Command::new(env!("CARGO_BIN_EXE_easyread"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/letters")
        .join(name)
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = easyread()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start easyread");
    // Ignore a broken pipe: the program may refuse the input before reading it all.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("wait for easyread")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("easyread-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit 2 with exactly one line on stderr that starts with our prefix.
fn assert_bad_input(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(out));
    let err = stderr(out);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line expected: {err}"
    );
    assert!(err.starts_with("easyread: error: "), "{err}");
    err
}

#[test]
fn text_report_points_at_the_long_first_sentence() {
    let out = easyread()
        .arg("check")
        .arg(fixture("annual-review.txt"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    // "In accordance with section 27 of the Care Act 2014, the Council is required to keep
    // your Care and Support Plan under review." starts line 5 and has 23 words (> 20).
    assert!(
        stdout.contains("annual-review.txt:5:1: error [sentence-too-long]"),
        "{stdout}"
    );
    assert!(stdout.contains("suggestion: "), "{stdout}");
    assert!(stdout.contains("Flesch Reading Ease"), "{stdout}");
    assert_eq!(out.status.code(), Some(1), "an error-level finding exits 1");
}

#[test]
fn json_report_has_the_documented_fields() {
    let out = easyread()
        .args(["check", "--json"])
        .arg(fixture("annual-review.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let r = &v["readability"];
    for key in [
        "words",
        "sentences",
        "syllables",
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "smog",
        "coleman_liau",
        "ari",
        "gunning_fog",
    ] {
        assert!(r[key].is_number(), "readability.{key} missing: {r}");
    }
    // The body has 8 sentences (2 in each of the 4 paragraphs); the salutation, subject line and sign-off are not counted.
    assert_eq!(r["sentences"], 8, "{r}");
    let findings = v["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    for f in findings {
        for key in [
            "rule",
            "severity",
            "line",
            "column",
            "message",
            "suggestion",
        ] {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
        assert!(["info", "warning", "error"].contains(&f["severity"].as_str().unwrap()));
    }
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 1);
}

#[test]
fn standard_input_gives_the_same_report_as_the_file() {
    let path = fixture("annual-review.txt");
    let bytes = std::fs::read(&path).unwrap();
    let from_stdin = run_with_stdin(&["check", "--json", "-"], &bytes);
    let from_file = easyread()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let a: serde_json::Value = serde_json::from_slice(&from_stdin.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&from_file.stdout).unwrap();
    assert_eq!(a["input"], "<stdin>");
    assert_eq!(a["readability"], b["readability"]);
    assert_eq!(a["findings"], b["findings"]);
}

#[test]
fn an_easy_letter_exits_zero() {
    let out = run_with_stdin(
        &["check", "-"],
        b"Dear Sam,\n\nWe will phone you on Monday.\nWe will talk about your help.\n\nFrom Jo\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn empty_input_is_refused_clearly() {
    let out = run_with_stdin(&["check", "-"], b"");
    let err = assert_bad_input(&out);
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn binary_input_is_refused_clearly() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    let err = assert_bad_input(&run_with_stdin(&["check", "-"], png));
    assert!(err.contains("binary"), "{err}");
}

#[test]
fn invalid_utf8_names_the_offset_and_not_the_text() {
    let mut bytes = b"Dear Mrs Secretname,\n\nYour rent is due.".to_vec();
    bytes.insert(30, 0xFF);
    let err = assert_bad_input(&run_with_stdin(&["check", "-"], &bytes));
    assert!(err.contains("30"), "names the byte offset: {err}");
    assert!(
        !err.contains("Secretname"),
        "never echoes letter text: {err}"
    );
}

#[test]
fn missing_file_and_folder_are_refused_clearly() {
    let err = assert_bad_input(
        &easyread()
            .args(["check", "/no/such/letter.txt"])
            .output()
            .unwrap(),
    );
    assert!(err.contains("/no/such/letter.txt"), "{err}");
    let err = assert_bad_input(
        &easyread()
            .arg("check")
            .arg(std::env::temp_dir())
            .output()
            .unwrap(),
    );
    assert!(err.contains("folder"), "{err}");
}

#[test]
fn bad_usage_exits_two() {
    let out = easyread().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = easyread()
        .args(["check", "--warn-words", "0", "-"])
        .output()
        .unwrap();
    assert_bad_input(&out);
}

#[test]
fn a_megabyte_line_without_punctuation_is_reported_quickly() {
    let line = "word ".repeat(200_000);
    let path = temp_file("long-line.txt", line.as_bytes());
    let start = Instant::now();
    let out = easyread()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["readability"]["words"], 200_000);
    assert_eq!(v["readability"]["sentences"], 1);
    // Generous for a debug build on a busy 2-core machine; release is far faster.
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn a_ten_megabyte_letter_is_checked_not_refused() {
    let letter = std::fs::read(fixture("annual-review.txt")).unwrap();
    let mut big = Vec::with_capacity(10 * 1024 * 1024 + letter.len());
    while big.len() < 10 * 1024 * 1024 {
        big.extend_from_slice(&letter);
        big.extend_from_slice(b"\n\n");
    }
    let path = temp_file("ten-mb.txt", &big);
    let start = Instant::now();
    let out = easyread()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["readability"]["words"].as_u64().unwrap() > 1_000_000);
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

#[test]
fn input_over_the_size_limit_is_refused() {
    let big = vec![b'a'; 20 * 1024 * 1024 + 10];
    let path = temp_file("too-big.txt", &big);
    let err = assert_bad_input(&easyread().arg("check").arg(&path).output().unwrap());
    assert!(err.contains("MB") || err.contains("bytes"), "{err}");
}
