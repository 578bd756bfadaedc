export * from "./auth";
export * from "./plans";
export * from "./platform";
