export * from "./auth";
export * from "./figures";
export * from "./plans";
export * from "./platform";
