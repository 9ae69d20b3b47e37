//! `policyc completions SHELL` and `policyc man`: generated from the clap
//! definitions, so each must name every subcommand the CLI has.

use clap::CommandFactory;

use crate::util::{policyc, TempDir};

/// The subcommands a user can type (clap's own `help` aside).
fn subcommands() -> Vec<String> {
    let names: Vec<String> = policyc::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for expected in ["build", "check", "diff", "fmt", "completions", "man"] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    names
}

/// Each shell's script, with a line only that shell's completion system understands.
const SHELLS: [(&str, &str); 5] = [
    ("bash", "complete -F _policyc"),
    ("zsh", "#compdef policyc"),
    ("fish", "complete -c policyc"),
    ("powershell", "Register-ArgumentCompleter"),
    ("elvish", "edit:completion:arg-completer[policyc]"),
];

#[test]
fn completions_name_every_subcommand_in_each_shell() {
    let names = subcommands();
    for (shell, marker) in SHELLS {
        let run = policyc(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(
            run.stdout.contains(marker),
            "{shell} script lacks {marker:?}"
        );
        for name in &names {
            assert!(
                run.stdout.contains(name.as_str()),
                "{shell} completion does not mention `{name}`"
            );
        }
        // Options of subcommands are completed too, not only their names
        // (fish writes `-l fail-on`, the others `--fail-on`).
        assert!(run.stdout.contains("fail-on"), "{shell}: diff --fail-on");
        assert!(
            run.stdout.contains("cookie-db"),
            "{shell}: check --cookie-db"
        );
    }
}

#[test]
fn bash_completion_is_valid_bash() {
    let run = policyc(&["completions", "bash"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dir = TempDir::new("completions-bash");
    let script = dir.path().join("policyc.bash");
    std::fs::write(&script, &run.stdout).unwrap();
    // Source it and ask bash whether the completion function is registered for policyc.
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(". '{}' && complete -p policyc", script.display()))
        .output();
    match out {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(String::from_utf8_lossy(&out.stdout).contains("_policyc"));
        }
        Err(e) => eprintln!("bash not found ({e}); skipping the bash run"),
    }
}

#[test]
fn completions_for_an_unknown_shell_is_a_usage_error() {
    let run = policyc(&["completions", "tcsh"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("possible values"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn man_prints_a_roff_page_listing_the_subcommands() {
    let run = policyc(&["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(".TH policyc 1"), "{}", run.stdout);
    assert!(run.stdout.contains(".SH SYNOPSIS"));
    assert!(run.stdout.contains(".SH SUBCOMMANDS"));
    for name in subcommands() {
        // roff escapes the hyphen.
        let reference = format!("policyc\\-{name}(1)");
        assert!(run.stdout.contains(&reference), "no {reference}");
    }
}

#[test]
fn man_out_dir_writes_one_page_per_subcommand() {
    let dir = TempDir::new("man-out-dir");
    let out = dir.path().join("man1");
    let run = policyc(&["man", "--out-dir", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "nothing on stdout: {}", run.stdout);
    let main = std::fs::read_to_string(out.join("policyc.1")).unwrap();
    assert!(main.contains(".TH policyc 1"));
    for name in subcommands() {
        let page = std::fs::read_to_string(out.join(format!("policyc-{name}.1")))
            .unwrap_or_else(|e| panic!("policyc-{name}.1: {e}"));
        assert!(page.contains(&format!(".TH policyc-{name} 1")), "{page}");
    }
    let check = std::fs::read_to_string(out.join("policyc-check.1")).unwrap();
    assert!(
        check.contains("\\-\\-format"),
        "check's options are documented"
    );
}

#[test]
fn man_out_dir_that_is_a_file_is_an_error() {
    let dir = TempDir::new("man-out-file");
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let run = policyc(&["man", "--out-dir", file.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot write the man pages"),
        "{}",
        run.stderr
    );
}
