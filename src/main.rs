//! palermo's entry point: parse the command line, run the subcommand, print errors with their
//! whole cause chain, exit with 0 (success), 1 (input rejected) or 2 (usage or fatal error).

use clap::Parser;

use palermo::cli::{Cli, Command};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use palermo::cmd;

fn main() {
    // Output piped into `head`, or a pager that quits, ends palermo quietly, as it would a C
    // tool, rather than with a panic on the broken pipe. (Files are written whole or not at all,
    // so a build ended this way leaves out/ as a killed one does.)
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let result = match &cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Init(args) => cmd::init::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Validate(args) => cmd::validate::run(args),
        Command::Status(args) => cmd::status::run(args),
        Command::Feedback(args) => cmd::feedback::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Document(args) => cmd::document::run(args),
        Command::Profile(args) => cmd::profile::run(args),
        Command::Questionnaire(args) => cmd::questionnaire::run(args),
        Command::Workbook(args) => cmd::workbook::run(args),
        Command::Scan(args) => cmd::scan::run(args),
        Command::Translate(command) => cmd::translate::run(command),
        Command::Bench(args) => cmd::bench::run(args),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(error) => {
            eprintln!("error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            std::process::exit(2);
        }
    }
}
