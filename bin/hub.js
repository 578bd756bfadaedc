#!/usr/bin/env node
// The `hub` command. tsx compiles the TypeScript CLI as it loads, so `npx hub` needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
