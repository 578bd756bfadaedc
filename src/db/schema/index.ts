export * from "./auth";
export * from "./evidence";
export * from "./figures";
export * from "./plans";
export * from "./platform";
export * from "./submissions";
export * from "./windows";
