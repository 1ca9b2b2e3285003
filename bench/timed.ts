// A command run under /usr/bin/time: its wall time and peak RSS, for the bench scripts.
import { spawnSync } from "node:child_process";

export interface Measure {
  wall: number;
  rssMB: number;
  /** User and system CPU seconds: the work done, which this machine's disk does not swing as it
   *  swings wall time (the floor took 1.8 s and 6.5 s into two folders of one disk, a minute apart). */
  cpu: number;
}

export function timed(cmd: string, args: string[], cwd: string): Measure & { stdout: string } {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr.slice(-2000)}`);
  const last = r.stderr.trim().split("\n").pop()!.split(" ");
  return { wall: Number(last[0]), rssMB: Math.round(Number(last[1]) / 1024), cpu: Number((Number(last[2]) + Number(last[3])).toFixed(2)), stdout: r.stdout };
}
