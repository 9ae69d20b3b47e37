// Starts `policyc lsp` for .policy files. The binary is `policyc` on PATH,
// or the path in the `policyc.path` setting.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("policyc").get("path") || "policyc";
  const serverOptions = {
    run: { command, args: ["lsp"] },
    debug: { command, args: ["lsp"] },
  };
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "policy" },
      { scheme: "untitled", language: "policy" },
    ],
  };
  client = new LanguageClient("policyc", "policyc", serverOptions, clientOptions);
  client.start().catch((err) => {
    vscode.window.showErrorMessage(
      `policyc: could not start \`${command} lsp\` (${err.message}). Install policyc or set "policyc.path".`,
    );
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
