//! End-to-end tests of batch conversion: `easyread convert DIR -o OUTDIR`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Three fixture letters, one of them Markdown.
const LETTERS: [&str; 3] = [
    "annual-review.txt",
    "blue-badge.txt",
    "annual-charges-uplift.md",
];

/// The first bytes of a PNG image.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

fn easyread() -> Command {
    Command::new(env!("CARGO_BIN_EXE_easyread"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/letters")
        .join(name)
}

/// A fresh, empty folder for one test, named after the test and this process.
fn temp_dir(test: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("easyread-batch-test-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A folder holding copies of the fixture letters named in `names`.
fn letters_dir(test: &str, names: &[&str]) -> PathBuf {
    let dir = temp_dir(test).join("in");
    std::fs::create_dir_all(&dir).expect("input dir");
    for name in names {
        std::fs::copy(fixture(name), dir.join(name)).expect("copy fixture");
    }
    dir
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    easyread().args(args).output().expect("run easyread")
}

fn batch(input: &Path, output: &Path, extra: &[&str]) -> Output {
    let mut cmd = easyread();
    cmd.arg("convert").arg(input).arg("-o").arg(output);
    cmd.args(extra);
    cmd.output().expect("run easyread")
}

/// What `easyread convert FILE --to TO` writes on standard output.
fn single(path: &Path, to: &str) -> Vec<u8> {
    let out = easyread()
        .arg("convert")
        .arg(path)
        .args(["--to", to])
        .output()
        .expect("run easyread");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out.stdout
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The names of the files in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read output dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Some lines of each letter: none may appear in the summary.
fn letter_lines(name: &str) -> Vec<String> {
    std::fs::read_to_string(fixture(name))
        .expect("read fixture")
        .lines()
        .map(str::trim)
        .filter(|l| l.len() >= 12)
        .map(str::to_string)
        .collect()
}

#[test]
fn a_folder_with_a_bad_file_converts_the_rest_and_names_the_failure() {
    let input = letters_dir("mixed", &LETTERS);
    std::fs::write(input.join("bad.txt"), PNG).expect("write bad.txt");
    std::fs::write(input.join("scan.pdf"), b"%PDF-1.7\n").expect("write scan.pdf");
    let output = input.with_file_name("out");

    let out = batch(&input, &output, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(out.stdout.is_empty());
    assert_eq!(
        names(&output),
        [
            "annual-charges-uplift.txt",
            "annual-review.txt",
            "blue-badge.txt"
        ]
    );
    for name in LETTERS {
        let stem = Path::new(name).file_stem().expect("stem");
        let written = std::fs::read(output.join(stem).with_extension("txt")).expect("output");
        assert_eq!(written, single(&fixture(name), "txt"), "{name}");
    }
    assert!(
        err.contains(&format!(
            "Converted 3 of 4 letters to {}; 1 failed:",
            output.display()
        )),
        "{err}"
    );
    let bad_line = err
        .lines()
        .find(|l| l.starts_with("  bad.txt: "))
        .unwrap_or_else(|| panic!("no line for bad.txt in:\n{err}"));
    assert!(bad_line.contains("binary file"), "{bad_line}");
    assert!(err.contains("0 letters had facts missing"), "{err}");
    assert!(err.contains("Skipped 1 entry"), "{err}");
    assert!(err.contains("  scan.pdf\n"), "{err}");
    for name in LETTERS {
        for line in letter_lines(name) {
            assert!(!err.contains(&line), "the summary quotes {name}: {line}");
        }
    }
}

#[test]
fn a_folder_of_good_letters_exits_0() {
    let input = letters_dir("good", &LETTERS);
    let output = input.with_file_name("out");
    let out = batch(&input, &output, &["--strict"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.starts_with(&format!(
            "Converted 3 of 3 letters to {}; 0 failed.\n",
            output.display()
        )),
        "{err}"
    );
    assert_eq!(names(&output).len(), 3);
}

#[test]
fn json_output_matches_single_conversion() {
    let input = letters_dir("json", &LETTERS);
    let output = input.with_file_name("out");
    let out = batch(&input, &output, &["--to", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for name in LETTERS {
        let stem = Path::new(name).file_stem().expect("stem");
        let written = std::fs::read(output.join(stem).with_extension("json")).expect("output");
        assert_eq!(written, single(&fixture(name), "json"), "{name}");
    }
}

#[test]
fn letters_sharing_a_stem_keep_both_results() {
    let input = letters_dir("stems", &["blue-badge.txt"]);
    std::fs::copy(
        fixture("annual-charges-uplift.md"),
        input.join("blue-badge.md"),
    )
    .expect("copy");
    let output = input.with_file_name("out");
    let out = batch(&input, &output, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(names(&output), ["blue-badge.md.txt", "blue-badge.txt.txt"]);
    assert_eq!(
        std::fs::read(output.join("blue-badge.txt.txt")).expect("output"),
        single(&input.join("blue-badge.txt"), "txt")
    );
    assert_eq!(
        std::fs::read(output.join("blue-badge.md.txt")).expect("output"),
        single(&input.join("blue-badge.md"), "txt")
    );
}

#[test]
fn an_output_that_is_a_file_is_refused() {
    let input = letters_dir("outfile", &LETTERS[..1]);
    let output = input.with_file_name("out.txt");
    std::fs::write(&output, b"keep me").expect("write");
    let out = batch(&input, &output, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("is a file, not a folder"), "{err}");
    assert_eq!(std::fs::read(&output).expect("read"), b"keep me");
}

#[test]
fn a_folder_needs_an_output_folder() {
    let input = letters_dir("no-o", &LETTERS[..1]);
    for args in [
        vec!["convert".as_ref(), input.as_os_str()],
        vec![
            "convert".as_ref(),
            input.as_os_str(),
            "-o".as_ref(),
            "-".as_ref(),
        ],
    ] {
        let out = run(&args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("give -o OUTDIR"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn the_input_folder_is_not_an_output_folder() {
    let input = letters_dir("same", &LETTERS[..1]);
    let out = batch(&input, &input, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(names(&input), [LETTERS[0]]);
}

#[test]
fn an_empty_folder_converts_nothing_and_exits_0() {
    let input = temp_dir("empty").join("in");
    std::fs::create_dir_all(&input).expect("input dir");
    let output = input.with_file_name("out");
    let out = batch(&input, &output, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("Converted 0 of 0 letters"), "{err}");
    assert!(err.contains("nothing to convert"), "{err}");
    assert!(output.is_dir());
}

#[test]
fn an_unreadable_folder_exits_2() {
    let input = temp_dir("missing").join("not-there");
    let out = batch(&input, &input.with_file_name("out"), &[]);
    // A path that does not exist is not a folder: it is read as one letter and refused.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn a_lexicon_applies_to_every_letter_of_a_folder() {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/data");
    let base = temp_dir("lexicon");
    let input = base.join("in");
    std::fs::create_dir_all(&input).expect("input dir");
    std::fs::copy(
        examples.join("lifeline-letter.txt"),
        input.join("lifeline.txt"),
    )
    .expect("copy letter");
    let output = base.join("out");
    let lexicon = examples.join("northfield-lexicon");
    let lexicon = lexicon.to_str().expect("UTF-8 path");
    let out = batch(&input, &output, &["--lexicon", lexicon]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(output.join("lifeline.txt")).expect("result");
    assert!(text.contains("the Home First Team on"), "{text}");

    // A bad lexicon stops the batch before any letter is converted.
    let bad_output = base.join("bad-out");
    let out = batch(&input, &bad_output, &["--lexicon", "/no/such/lexicon"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("not found"), "{}", stderr(&out));
    assert!(!bad_output.join("lifeline.txt").exists());
}
