//! Batch conversion: every letter in a folder, on all cores.
//!
//! `easyread convert DIR -o OUTDIR` converts each `.txt` and `.md` file directly in DIR
//! (not in its subfolders) through the same code path as a single conversion, so each
//! output is byte-identical to what `easyread convert FILE` writes. Other entries are
//! skipped and listed. A letter that fails does not stop the others; the summary on
//! standard error names each failure with its reason, never with the letter's text.

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::io::IsTerminal;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use anyhow::{anyhow, Context};
use easyread_import::import;
use indicatif::{ProgressBar, ProgressStyle};

use crate::{convert_document, read_letter, write_output, Failure, FileType, InputFormat};

/// A batch conversion's settings, from the command line.
pub(crate) struct Batch<'a> {
    /// The folder of letters.
    pub dir: &'a Path,
    /// The folder to write the results to (`-o`); required.
    pub out_dir: Option<&'a Path>,
    /// The file type to write: txt or json.
    pub to: FileType,
    /// Count a letter that lost a fact as failed.
    pub strict: bool,
    /// Read every letter as this format instead of the one its extension implies.
    pub input_format: Option<InputFormat>,
    /// The conversion settings (the lexicon), the same for every letter.
    pub options: &'a easyread::ConvertOptions,
}

/// One letter to convert: where it is, what to call it, where its result goes.
struct Job {
    /// The letter's path.
    input: PathBuf,
    /// The letter's file name, for the summary.
    name: String,
    /// Where to write the result.
    output: PathBuf,
}

/// What happened to one letter.
enum Outcome {
    /// Converted and written.
    Converted {
        /// How many distinct facts the letter holds.
        facts_found: usize,
        /// How many of them the result lost.
        facts_missing: usize,
    },
    /// Not converted, for this reason (never quoting the letter).
    Failed(String),
}

/// Convert every letter in `batch.dir` into `batch.out_dir`, print the summary on standard
/// error and return the exit code: 0 when every letter converted (and, with `--strict`,
/// kept every fact), 1 otherwise; bad usage and an unreadable folder are a [`Failure`].
pub(crate) fn run(batch: &Batch) -> Result<ExitCode, Failure> {
    let out_dir = batch
        .out_dir
        .filter(|o| *o != Path::new("-"))
        .ok_or_else(|| {
            bad(anyhow!(
                "{} is a folder: give -o OUTDIR, the folder to write the results to",
                batch.dir.display()
            ))
        })?;
    let (letters, skipped) = list_folder(batch.dir).map_err(bad)?;
    prepare_out_dir(batch.dir, out_dir).map_err(bad)?;
    let extension = match batch.to {
        FileType::Json => "json",
        _ => "txt",
    };
    let jobs = plan(&letters, out_dir, extension);
    let outcomes = convert_all(&jobs, batch);
    let (mut text, all_good) = summary(&jobs, &outcomes, &skipped, out_dir, batch.strict);
    if jobs.is_empty() {
        text.push_str(&format!(
            "No .txt or .md files in {}: nothing to convert.\n",
            batch.dir.display()
        ));
    }
    eprint!("{text}");
    Ok(if all_good {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Bad usage or an unreadable folder: exit 2.
fn bad(err: anyhow::Error) -> Failure {
    Failure::BadInput(err)
}

/// The letters in `dir` (files ending `.txt` or `.md`, in any case) and the names of the
/// entries skipped, each sorted by file name so that the run is deterministic.
fn list_folder(dir: &Path) -> anyhow::Result<(Vec<PathBuf>, Vec<String>)> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let mut letters = Vec::new();
    let mut skipped = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        let path = entry.path();
        // Follows symbolic links: a link to a letter is a letter.
        let meta = std::fs::metadata(&path);
        let is_file = meta.as_ref().is_ok_and(|m| m.is_file());
        if is_file && is_letter(&path) {
            letters.push(path);
        } else {
            let mut name = entry.file_name();
            if meta.as_ref().is_ok_and(|m| m.is_dir()) {
                name.push("/");
            }
            skipped.push(name);
        }
    }
    letters.sort();
    skipped.sort();
    Ok((letters, skipped.iter().map(|n| shown(n)).collect()))
}

/// Whether the path's extension is one batch conversion reads: `txt` or `md`.
fn is_letter(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// Create the output folder if missing; refuse a file, and refuse the input folder itself
/// (its letters could be overwritten by their own results).
fn prepare_out_dir(dir: &Path, out_dir: &Path) -> anyhow::Result<()> {
    if out_dir.exists() && !out_dir.is_dir() {
        anyhow::bail!(
            "{} is a file, not a folder: give -o a folder to write the results to",
            out_dir.display()
        );
    }
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create the folder {}", out_dir.display()))?;
    let same = match (dir.canonicalize(), out_dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        anyhow::bail!(
            "-o {} is the input folder: give another folder, so no letter is overwritten",
            out_dir.display()
        );
    }
    Ok(())
}

/// Name each letter's result: `STEM.EXT`, or `FILENAME.EXT` when two letters share a stem
/// (`a.txt` and `a.md` give `a.txt.txt` and `a.md.txt`), with `-2`, `-3`... added in the
/// rare case that still clashes. Names are compared ignoring case, as some file systems
/// do, so no result ever overwrites another. `letters` must be sorted.
fn plan(letters: &[PathBuf], out_dir: &Path, extension: &str) -> Vec<Job> {
    let stem_of = |p: &Path| p.file_stem().unwrap_or_default().to_os_string();
    let key = |s: &OsStr| s.to_string_lossy().to_lowercase();
    let mut stems: HashMap<String, usize> = HashMap::new();
    for letter in letters {
        *stems.entry(key(&stem_of(letter))).or_default() += 1;
    }
    let mut taken: HashSet<String> = HashSet::new();
    letters
        .iter()
        .map(|letter| {
            let stem = stem_of(letter);
            let base = if stems.get(&key(&stem)).copied().unwrap_or(0) > 1 {
                letter.file_name().unwrap_or_default().to_os_string()
            } else {
                stem
            };
            let mut file = with_extension(&base, "", extension);
            let mut n = 2;
            while !taken.insert(key(&file)) {
                file = with_extension(&base, &format!("-{n}"), extension);
                n += 1;
            }
            Job {
                input: letter.clone(),
                name: shown(letter.file_name().unwrap_or_default()),
                output: out_dir.join(file),
            }
        })
        .collect()
}

/// `BASE` + `suffix` + `.` + `extension`, keeping names that are not UTF-8 as they are.
fn with_extension(base: &OsStr, suffix: &str, extension: &str) -> OsString {
    let mut name = base.to_os_string();
    name.push(suffix);
    name.push(".");
    name.push(extension);
    name
}

/// A file name as shown in the summary: one line, whatever the name holds.
fn shown(name: &OsStr) -> String {
    name.to_string_lossy()
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// Convert every job on all cores: one worker per core takes the next job from a shared
/// index until none is left. Returns each job's outcome, in job order.
fn convert_all(jobs: &[Job], batch: &Batch) -> Vec<Outcome> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(jobs.len())
        .max(1);
    let bar = progress_bar(jobs.len());
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> =
        Mutex::new(std::iter::repeat_with(|| None).take(jobs.len()).collect());
    let previous_hook = quiet_panics();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                let outcome = convert_one(job, batch);
                if let Ok(mut results) = results.lock() {
                    results[i] = Some(outcome);
                }
                bar.inc(1);
            });
        }
    });
    std::panic::set_hook(previous_hook);
    bar.finish_and_clear();
    results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::Failed("internal error: not converted".to_string())))
        .collect()
}

/// A progress bar on standard error when it is a terminal; hidden otherwise (pipes, logs,
/// CI), so that nothing but the summary is written there.
fn progress_bar(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style =
        ProgressStyle::with_template("{wide_bar} {pos}/{len} letters, {elapsed} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(u64::try_from(len).unwrap_or(u64::MAX)).with_style(style)
}

thread_local! {
    /// Where the converter last panicked on this thread, for the summary.
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The panic hook that was in place before.
type Hook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send + 'static>;

/// Replace the panic hook with one that records only where a panic happened: the default
/// hook prints the panic message, which could quote the letter. Returns the old hook.
fn quiet_panics() -> Hook {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()));
        PANIC_AT.with(|p| *p.borrow_mut() = at);
    }));
    previous
}

/// Read, import, convert and write one letter. A panic in the converter is caught and
/// reported as this letter's failure, so the other letters still convert.
fn convert_one(job: &Job, batch: &Batch) -> Outcome {
    let work = || -> Result<Outcome, String> {
        let (bytes, options) =
            read_letter(&job.input, batch.input_format).map_err(|e| format!("{e:#}"))?;
        let document = import(&bytes, &options).map_err(|e| format!("{:#}", anyhow!(e)))?;
        let rendered =
            convert_document(&document, batch.to, batch.options).map_err(|e| format!("{e:#}"))?;
        write_output(Some(&job.output), rendered.bytes.as_bytes()).map_err(|e| format!("{e:#}"))?;
        Ok(Outcome::Converted {
            facts_found: rendered.facts_found,
            facts_missing: rendered.facts_missing,
        })
    };
    match std::panic::catch_unwind(AssertUnwindSafe(work)) {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(reason)) => Outcome::Failed(reason),
        Err(_) => {
            let at = PANIC_AT
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| "an unknown place".to_string());
            Outcome::Failed(format!(
                "internal error in the converter at {at}; please report it"
            ))
        }
    }
}

/// The summary for standard error, and whether the run was good (exit 0).
fn summary(
    jobs: &[Job],
    outcomes: &[Outcome],
    skipped: &[String],
    out_dir: &Path,
    strict: bool,
) -> (String, bool) {
    let mut failed = Vec::new();
    let mut lost = Vec::new();
    for (job, outcome) in jobs.iter().zip(outcomes) {
        match outcome {
            Outcome::Failed(reason) => failed.push(format!("  {}: {reason}", job.name)),
            Outcome::Converted {
                facts_found,
                facts_missing,
            } if *facts_missing > 0 => {
                let line = format!(
                    "  {}: {facts_missing} of {facts_found} facts missing from the result",
                    job.name
                );
                if strict {
                    failed.push(format!("{line} (written for review; --strict)"));
                }
                lost.push(line);
            }
            Outcome::Converted { .. } => {}
        }
    }
    let total = jobs.len();
    let converted = total - failed.len();
    let letters = if total == 1 { "letter" } else { "letters" };
    let mut out = format!(
        "Converted {converted} of {total} {letters} to {}; {} failed{}\n",
        out_dir.display(),
        failed.len(),
        if failed.is_empty() { "." } else { ":" }
    );
    for line in &failed {
        out.push_str(line);
        out.push('\n');
    }
    let had = if lost.len() == 1 {
        "letter had"
    } else {
        "letters had"
    };
    if lost.is_empty() {
        out.push_str("0 letters had facts missing from the result.\n");
    } else if strict {
        out.push_str(&format!(
            "{} {had} facts missing from the result (counted as failed: --strict; see facts.missing in --to json).\n",
            lost.len()
        ));
    } else {
        out.push_str(&format!(
            "{} {had} facts missing from the result (see facts.missing in --to json):\n",
            lost.len()
        ));
        for line in &lost {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !skipped.is_empty() {
        let files = if skipped.len() == 1 {
            "entry"
        } else {
            "entries"
        };
        out.push_str(&format!(
            "Skipped {} {files} that {} not .txt or .md:\n",
            skipped.len(),
            if skipped.len() == 1 { "is" } else { "are" }
        ));
        for name in skipped {
            out.push_str(&format!("  {name}\n"));
        }
    }
    (out, failed.is_empty())
}
