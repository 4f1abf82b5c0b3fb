// Starting and watching the processes the scale benchmark measures: time until /health answers,
// CPU time (utime + stime from /proc/<pid>/stat) and resident memory (/proc/<pid>/status).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

export interface Draaiend {
  basis: string;
  proces: ChildProcess;
  /** Milliseconds from spawn until /health answered. */
  opstartMs: number;
}

export function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function start(opdracht: string[], env: Record<string, string>, cwd: string, maxMs = 300_000): Promise<Draaiend> {
  const poort = await vrijePoort();
  const t0 = performance.now();
  const proces = spawn(opdracht[0]!, opdracht.slice(1), { cwd, env: { ...process.env, PORT: String(poort), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const basis = `http://127.0.0.1:${poort}`;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`${opdracht.join(' ')} stopte met code ${proces.exitCode}`);
    try {
      if ((await fetch(`${basis}/api/v1/health`)).ok) return { basis, proces, opstartMs: performance.now() - t0 };
    } catch {
      // not up yet
    }
    if (performance.now() - t0 > maxMs) {
      proces.kill('SIGKILL');
      throw new Error(`${opdracht.join(' ')} kwam niet op binnen ${maxMs / 1000} s`);
    }
    await wacht(20);
  }
}

export async function stop({ proces }: Draaiend): Promise<void> {
  if (proces.exitCode !== null || proces.signalCode !== null) return;
  const weg = new Promise((r) => proces.once('exit', r));
  proces.kill('SIGTERM');
  const klok = setTimeout(() => proces.kill('SIGKILL'), 15_000);
  await weg;
  clearTimeout(klok);
}

/** CPU time of a process in milliseconds (user + system; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(velden[11]) + Number(velden[12])) * 10;
  } catch {
    return NaN;
  }
}

export function geheugenMb(pid: number, veld: 'VmRSS' | 'VmHWM'): number {
  try {
    return Number(new RegExp(`${veld}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}
