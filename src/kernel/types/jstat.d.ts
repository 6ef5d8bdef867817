// The part of jStat (a statistics library without its own types) that Beacon uses. It is a
// CommonJS module: its default export is jStat itself.
declare module 'jstat' {
  const jStat: {
    studentt: {
      /** The quantile of Student's t distribution with the degrees of freedom given. */
      inv(p: number, degreesOfFreedom: number): number;
    };
  };
  export default jStat;
}
