//! The `kerjasama` binary: everything happens in the library.

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The main thread is one of rayon's workers rather than a bystander waiting for them.
    let _ = rayon::ThreadPoolBuilder::new()
        .use_current_thread()
        .build_global();
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let code = kerjasama::run(
        std::env::args_os(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
        color,
    );
    ExitCode::from(code)
}
