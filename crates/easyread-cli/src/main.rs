//! The `easyread` command-line tool: a thin shell over the easyread crates.
//!
//! Exit codes: 0 success; 1 `check` found an error-level finding, or `convert --strict` lost
//! a fact, or a batch `convert` of a folder had a letter fail; 2 bad input or usage.

mod batch;
mod report;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use easyread::{check, CheckOptions};
use easyread_import::{import, Format, ImportOptions};

/// mimalloc instead of the system allocator: the checker makes many small, short-lived
/// allocations (a word, a finding), and glibc's malloc was about a sixth of `check`'s time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Make everyday letters accessible: convert them to Easy Read, or check them against the
/// Easy Read rules.
#[derive(Debug, Parser)]
#[command(name = "easyread", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Convert a letter to an Easy Read draft, with every change explained and every fact
    /// checked.
    ///
    /// INPUT may be a folder: every .txt and .md file in it (not in its subfolders) is
    /// converted, on all cores, to OUTPUT/NAME.txt or NAME.json; -o is then required.
    ///
    /// Exits 0 on success, 1 with --strict when a fact of the letter is missing from the
    /// result (or, for a folder, when any letter failed), 2 when the input cannot be read or
    /// the options are wrong.
    Convert {
        /// The letter (plain text or Markdown), or a folder of letters; `-` reads standard
        /// input.
        input: PathBuf,
        /// Where to write the result; `-` or nothing writes standard output. For a folder
        /// INPUT: the folder to write the results to (created if missing).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Which accessible version to make.
        #[arg(long, value_enum, default_value_t = OutputFormat::EasyRead)]
        format: OutputFormat,
        /// The file type to write; by default from the output's extension, else txt.
        #[arg(long, value_enum)]
        to: Option<FileType>,
        /// Exit 1 when any fact of the letter is missing from the result.
        #[arg(long)]
        strict: bool,
        /// Read the input as this format instead of guessing it.
        #[arg(long, value_enum)]
        input_format: Option<InputFormat>,
        /// A folder of the organisation's own lexicon files (plain-words.tsv, glossary.tsv,
        /// abbreviations.tsv) to use on top of the built-in ones; see docs/lexicon.md.
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
    },
    /// Check a letter against the Easy Read rules and report its readability.
    ///
    /// Exits 0 when nothing breaks the rules, 1 when at least one finding is an error,
    /// 2 when the input cannot be read.
    Check {
        /// The letter to check (plain text or Markdown); `-` reads standard input.
        input: PathBuf,
        /// Print the report as JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Read the input as this format instead of guessing it.
        #[arg(long, value_enum)]
        input_format: Option<InputFormat>,
        /// Warn when a sentence has more words than this.
        #[arg(long, default_value_t = CheckOptions::default().warn_sentence_words)]
        warn_words: usize,
        /// Report an error when a sentence has more words than this.
        #[arg(long, default_value_t = CheckOptions::default().error_sentence_words)]
        error_words: usize,
    },
}

/// Input formats that can be named on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum InputFormat {
    /// Plain text (a letter as typed).
    Txt,
    /// Markdown.
    Md,
}

impl From<InputFormat> for Format {
    fn from(value: InputFormat) -> Self {
        match value {
            InputFormat::Txt => Format::Text,
            InputFormat::Md => Format::Markdown,
        }
    }
}

/// The accessible versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// Plain words, one idea per sentence, a glossary of hard words.
    EasyRead,
    /// The original wording in large print (not built yet).
    LargePrint,
    /// The original wording, for screen readers (not built yet).
    Standard,
}

/// The file types a conversion can be written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FileType {
    /// Plain text: one sentence a line.
    Txt,
    /// The document model with changes, findings, facts check and readability.
    Json,
    /// PDF (not built yet).
    Pdf,
    /// Word (not built yet).
    Docx,
    /// HTML (not built yet).
    Html,
    /// EPUB (not built yet).
    Epub,
}

impl FileType {
    fn from_path(path: &Path) -> Option<FileType> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        FileType::from_str(&ext, true).ok()
    }
}

/// What went wrong, and which exit code it earns.
enum Failure {
    /// The input could not be read or understood: exit 2.
    BadInput(anyhow::Error),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Failure::BadInput(err)) => {
            // One line: the chain of causes, outermost first. Never the letter's text.
            eprintln!("easyread: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Convert {
            input,
            output,
            format,
            to,
            strict,
            input_format,
            lexicon,
        } => {
            check_format(format)?;
            let options = convert_options(lexicon.as_deref())?;
            if input != Path::new("-") && input.is_dir() {
                return batch::run(&batch::Batch {
                    dir: &input,
                    out_dir: output.as_deref(),
                    to: checked_file_type(to.unwrap_or(FileType::Txt))?,
                    strict,
                    input_format,
                    options: &options,
                });
            }
            let output = output.filter(|o| o != Path::new("-"));
            let to = checked_file_type(
                to.or_else(|| output.as_deref().and_then(FileType::from_path))
                    .unwrap_or(FileType::Txt),
            )?;
            let document = read_document(&input, input_format)?;
            let rendered = convert_document(&document, to, &options).map_err(Failure::BadInput)?;
            write_output(output.as_deref(), rendered.bytes.as_bytes())
                .map_err(Failure::BadInput)?;
            if rendered.facts_missing > 0 {
                eprintln!(
                    "easyread: warning: {} of {} facts of the letter are missing from the result (see facts.missing in --to json)",
                    rendered.facts_missing, rendered.facts_found
                );
                if strict {
                    return Ok(ExitCode::from(1));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            input,
            json,
            input_format,
            warn_words,
            error_words,
        } => {
            if warn_words == 0 || error_words < warn_words {
                return Err(Failure::BadInput(anyhow::anyhow!(
                    "--warn-words must be at least 1 and --error-words at least --warn-words"
                )));
            }
            // Word lists and patterns are built on another core while the input is read.
            std::thread::spawn(easyread::check::prepare);
            let document = read_document(&input, input_format)?;
            let check_options = CheckOptions {
                warn_sentence_words: warn_words,
                error_sentence_words: error_words,
                ..CheckOptions::default()
            };
            let name = display_name(&input);
            let has_errors = if json {
                // Each finding is written out on the thread that found it (see
                // `check_written`): the findings need no joining into one list first.
                let report = easyread::check::check_written(
                    &document,
                    &check_options,
                    report::write_json_item,
                );
                report::write_written_json(&mut std::io::stdout().lock(), &name, &report)
                    .context("cannot write standard output")
                    .map_err(Failure::BadInput)?;
                let has_errors = report.has_errors();
                // The process ends now and the system takes all its memory back at once:
                // freeing the report and the letter piece by piece first would only cost
                // time (a large letter makes hundreds of thousands of allocations).
                std::mem::forget(report);
                has_errors
            } else {
                let report = check(&document, &check_options);
                print!("{}", report::text(&name, &report));
                let has_errors = report.has_errors();
                std::mem::forget(report);
                has_errors
            };
            std::mem::forget(document);
            let code = if has_errors {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
            Ok(code)
        }
    }
}

/// The conversion settings: the built-in lexicon, or the one in `--lexicon DIR` on top of
/// it (a bad lexicon is bad input: exit 2, naming the file and line).
fn convert_options(lexicon: Option<&Path>) -> Result<easyread::ConvertOptions, Failure> {
    let lexicon = lexicon
        .map(|dir| {
            easyread::Lexicon::with_extension_dir(dir)
                .map(std::sync::Arc::new)
                .context("bad --lexicon")
        })
        .transpose()
        .map_err(Failure::BadInput)?;
    Ok(easyread::ConvertOptions {
        lexicon,
        ..easyread::ConvertOptions::default()
    })
}

/// Refuse accessible versions that are not built yet (exit 2).
fn check_format(format: OutputFormat) -> Result<(), Failure> {
    if format == OutputFormat::EasyRead {
        return Ok(());
    }
    Err(Failure::BadInput(anyhow::anyhow!(
        "--format {} is not available yet; only easy-read is built so far",
        format
            .to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    )))
}

/// Refuse file types that are not built yet (exit 2); pass the others through.
fn checked_file_type(to: FileType) -> Result<FileType, Failure> {
    if matches!(to, FileType::Txt | FileType::Json) {
        return Ok(to);
    }
    Err(Failure::BadInput(anyhow::anyhow!(
        "--to {} is not available yet; use --to txt or --to json",
        to.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    )))
}

/// A letter converted and rendered: the bytes to write and its facts check in brief.
struct Rendered {
    /// The output file's content, exactly as written.
    bytes: String,
    /// How many distinct facts the letter holds.
    facts_found: usize,
    /// How many of them the result lost.
    facts_missing: usize,
}

/// Convert an imported letter to Easy Read and render it as `to` (txt or json).
///
/// The one code path for single and batch conversion, so both write the same bytes.
fn convert_document(
    document: &easyread::Document,
    to: FileType,
    options: &easyread::ConvertOptions,
) -> Result<Rendered> {
    let conversion = easyread::convert(document, options);
    let bytes = match to {
        FileType::Json => {
            let mut json = serde_json::to_string_pretty(&conversion)
                .context("cannot write the conversion as JSON")?;
            json.push('\n');
            json
        }
        _ => easyread_render::text::render(&conversion.document),
    };
    Ok(Rendered {
        bytes,
        facts_found: conversion.facts.found,
        facts_missing: conversion.facts.missing.len(),
    })
}

/// Read and import the input letter.
fn read_document(
    input: &Path,
    input_format: Option<InputFormat>,
) -> Result<easyread::Document, Failure> {
    let (bytes, options) = read_letter(input, input_format).map_err(Failure::BadInput)?;
    import(&bytes, &options)
        .with_context(|| format!("cannot read {}", display_name(input)))
        .map_err(Failure::BadInput)
}

/// Read a letter's bytes, capped at the importer's size limit, and the options to import
/// them with (the format named on the command line, else the one the extension implies).
fn read_letter(
    input: &Path,
    input_format: Option<InputFormat>,
) -> Result<(Vec<u8>, ImportOptions)> {
    let options = ImportOptions {
        format: input_format
            .map(Format::from)
            .or_else(|| format_from_path(input)),
        ..ImportOptions::default()
    };
    let bytes = read_input(input, options.max_bytes)?;
    Ok((bytes, options))
}

/// Write the result to a file, or to standard output when there is no path.
fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    match path {
        Some(path) => {
            std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(bytes)
                .context("cannot write standard output")?;
            stdout.flush().context("cannot write standard output")
        }
    }
}

/// The format implied by a file's extension, if any.
fn format_from_path(path: &Path) -> Option<Format> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
}

/// The name to show for the input in reports and errors.
fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Read the whole input, refusing to read more than `limit` bytes (plus one, so the
/// importer can say how large the input was allowed to be).
fn read_input(path: &Path, limit: usize) -> Result<Vec<u8>> {
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(cap)
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
    } else {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        let metadata = file.metadata().ok();
        if metadata.as_ref().is_some_and(|m| m.is_dir()) {
            anyhow::bail!("{} is a folder; give the path of a letter", path.display());
        }
        // Room for the whole file at once (as `File::read_to_end` would make, but `take`
        // hides the size): growing the buffer step by step copied a big letter several
        // times. The size is only a hint; a file that grows is still read to the cap.
        if let Some(len) = metadata.map(|m| m.len()) {
            bytes.reserve(usize::try_from(len.min(cap)).unwrap_or(0).saturating_add(1));
        }
        file.take(cap)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {}", path.display()))?;
    }
    Ok(bytes)
}
