// Process entry (loaded by bin/rehearse.js): run, then let Node exit with the code once output drains.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
