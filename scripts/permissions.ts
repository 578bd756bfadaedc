// Prints the permission table for ARCHITECTURE.md: `npm run permissions`.
import { permissionTableMarkdown } from "../src/core/policy";

console.log(permissionTableMarkdown());
