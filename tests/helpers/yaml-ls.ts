// yaml-language-server (the server behind the VS Code YAML extension) driven headlessly over
// stdio JSON-RPC, as an editor would: open a document, wait for its diagnostics, ask for hovers.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

const require = createRequire(import.meta.url);
const SERVER = require.resolve('yaml-language-server/bin/yaml-language-server');

export class YamlLanguageServer {
  private readonly child: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly waiting = new Map<string, (d: Diagnostic[]) => void>();
  private version = 0;

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio for the server');
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; diagnostics: Diagnostic[] }) => {
        this.waiting.get(params.uri)?.(params.diagnostics);
      },
    );
    // Answer the requests a server may make of its client; rehearse needs none of them.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/configuration', () => [this.settings.yaml]);
    this.connection.listen();
  }

  private readonly settings = {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      // Offline and deterministic: no schema catalogue from the network.
      schemaStore: { enable: false },
    },
  };

  async start(rootDir: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: this.settings,
    });
  }

  /** Opens a file and resolves with the first diagnostics the server publishes for it. */
  async open(file: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = pathToFileURL(file).href;
    const diagnostics = new Promise<Diagnostic[]>((resolve) => this.waiting.set(uri, resolve));
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'yaml',
        version: ++this.version,
        text: readFileSync(file, 'utf8'),
      },
    });
    return { uri, diagnostics: await diagnostics };
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const result = (await this.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    })) as { contents: { value: string } | string } | null;
    if (!result) return '';
    return typeof result.contents === 'string' ? result.contents : result.contents.value;
  }

  async completion(uri: string, line: number, character: number): Promise<string[]> {
    return Object.keys(await this.completionDocs(uri, line, character));
  }

  /** Completion labels with their documentation (what the editor shows beside each). */
  async completionDocs(
    uri: string,
    line: number,
    character: number,
  ): Promise<Record<string, string>> {
    type Item = { label: string; documentation?: string | { value: string } };
    const result = (await this.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    })) as { items: Item[] } | Item[] | null;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    return Object.fromEntries(
      items.map((i) => [
        i.label,
        typeof i.documentation === 'string' ? i.documentation : (i.documentation?.value ?? ''),
      ]),
    );
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.child.kill();
  }
}
