#!/usr/bin/env node
// The `crosscheck` command: runs the compiled CLI, compiling it first when it is missing or older
// than its sources (see scripts/build-cli.mjs).
import { pathToFileURL } from 'node:url';
import { buildCli, CLI_BUNDLE, cliBundleIsCurrent } from '../scripts/build-cli.mjs';

if (!cliBundleIsCurrent()) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
