/**
 * How many client components a page hydrates, read from the RSC payload Next inlines in its HTML
 * (the `self.__next_f.push([1, "…"])` scripts). In that payload a client component is a module
 * row (`5:I[209390, [chunks], "default"]`) and each instance of it on the page is an element whose
 * type is a reference to that row (`["$", "$L5", key, props]`): React hydrates one component per
 * such element. The module's id is named from the build's client reference manifests.
 *
 *   npx tsx bench/hydration.ts --dist .next --origin http://127.0.0.1:3000 / /about …
 *
 * With `--tasks`, it also loads each page in headless Chromium with the CPU slowed 4× (as
 * Lighthouse's mobile setting) and reports the main thread's long tasks (over 50 ms, the
 * PerformanceObserver's `longtask` entries, from navigation to 3 s after load): how many, the
 * longest, and their sum over 50 ms each (total blocking time, as Lighthouse counts it), the
 * median of `--runs` loads (5); several origins given with `--origin a,b` are loaded in turn, run
 * after run, so that two builds of one page compare in one run:
 *
 *   npx tsx bench/hydration.ts --tasks --runs 7 --origin http://127.0.0.1:3520,http://127.0.0.1:3521 /best-practices
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The inline RSC payload of a page, its chunks joined in order. */
export function flightData(html: string): string {
  let text = "";
  for (const m of html.matchAll(
    /<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g,
  )) {
    const chunk = JSON.parse(m[1]!) as [number, string?];
    if (chunk[0] === 1 && typeof chunk[1] === "string") text += chunk[1];
  }
  return text;
}

export interface ClientCount {
  /** Client component elements in the payload (each hydrates). */
  instances: number;
  /** By module (its path from the manifest, else `module <id>`) and export: how many elements. */
  byModule: Record<string, number>;
}

/** Counts the client component elements of a flight payload; `names` maps a module id to its path. */
export function countClientComponents(
  flight: string,
  names: Map<string, string> = new Map(),
): ClientCount {
  // Module rows: `<hex id>:I[<module id>,[<chunks>],"<export>"…]` at the start of a line.
  const modules = new Map<string, string>();
  for (const m of flight.matchAll(
    /(?:^|\n)([0-9a-f]+):I\[("[^"]*"|\d+),\[[^\]]*\],"([^"]*)"/g,
  )) {
    const id = m[2]!.replace(/"/g, "");
    const exportName = m[3]!;
    modules.set(
      m[1]!,
      `${names.get(id) ?? `module ${id}`}${exportName === "default" || exportName === "*" || exportName === "" ? "" : ` (${exportName})`}`,
    );
  }
  const byModule: Record<string, number> = {};
  let instances = 0;
  for (const m of flight.matchAll(/\["\$","\$L([0-9a-f]+)"/g)) {
    const name = modules.get(m[1]!);
    if (!name) continue;
    byModule[name] = (byModule[name] ?? 0) + 1;
    instances++;
  }
  return { instances, byModule };
}

/** Module id → source path, from every client reference manifest of a build (`[project]/components/Link.tsx`). */
export function clientModuleNames(dist: string): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith("client-reference-manifest.js")) {
        for (const m of readFileSync(path, "utf8").matchAll(
          /"\[project\]\/([^"]+?)(?: <[^"]*>)?":\{"id":("[^"]*"|\d+)/g,
        )) {
          names.set(
            m[2]!.replace(/"/g, ""),
            m[1]!.replace(/^node_modules\//, ""),
          );
        }
      }
    }
  };
  walk(join(dist, "server", "app"));
  return names;
}

export interface LongTasks {
  count: number;
  longestMs: number;
  /** Σ (duration − 50 ms) over the long tasks: total blocking time as Lighthouse counts it. */
  blockingMs: number;
}

/** Long tasks of a list of durations (ms): those over 50 ms. */
export function longTasksOf(durations: number[]): LongTasks {
  const long = durations.filter((d) => d > 50);
  return {
    count: long.length,
    longestMs: Math.round(Math.max(0, ...long)),
    blockingMs: Math.round(long.reduce((sum, d) => sum + d - 50, 0)),
  };
}

/** One load of `url` in Chromium, CPU slowed `slowdown`×: the durations of the main thread's long tasks. */
async function loadTasks(url: string, slowdown: number): Promise<number[]> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(3000);
    return await page.evaluate(
      () => (window as unknown as { __long: number[] }).__long,
    );
  } finally {
    await browser.close();
  }
}

/** Long tasks of each URL, `runs` loads each in turn (run 1 of every URL, then run 2…): per URL, the median of each figure. */
export async function longTasks(
  urls: string[],
  runs = 5,
  slowdown = 4,
): Promise<Map<string, LongTasks & { runs: LongTasks[] }>> {
  const all = new Map(urls.map((u) => [u, [] as LongTasks[]]));
  for (let r = 0; r < runs; r++) {
    for (const url of r % 2 === 0 ? urls : [...urls].reverse())
      all.get(url)!.push(longTasksOf(await loadTasks(url, slowdown)));
  }
  const med = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  return new Map(
    [...all].map(([url, list]) => [
      url,
      {
        count: med(list.map((t) => t.count)),
        longestMs: med(list.map((t) => t.longestMs)),
        blockingMs: med(list.map((t) => t.blockingMs)),
        runs: list,
      },
    ]),
  );
}

if (process.argv[1] && /hydration\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dist = value("dist") ?? ".next";
  const origins = (value("origin") ?? "http://127.0.0.1:3000").split(",");
  const origin = origins[0]!;
  const flags = new Set(["--tasks"]);
  const paths = args.filter(
    (a, i) =>
      !a.startsWith("--") &&
      !(args[i - 1]?.startsWith("--") && !flags.has(args[i - 1]!)),
  );
  if (args.includes("--tasks")) {
    void (async () => {
      const urls = (paths.length ? paths : ["/"]).flatMap((p) =>
        origins.map((o) => `${o}${p}`),
      );
      const results = await longTasks(urls, Number(value("runs") ?? 5));
      for (const [url, t] of results) {
        console.log(
          `${url}: long tasks ${t.count}, longest ${t.longestMs} ms, blocking ${t.blockingMs} ms (median of ${t.runs.length}; runs: ${t.runs.map((r) => `${r.count}/${r.longestMs}/${r.blockingMs}`).join(" ")})`,
        );
      }
    })();
  } else {
    const names = clientModuleNames(dist);
    void (async () => {
      for (const path of paths.length ? paths : ["/"]) {
        const html = await (await fetch(`${origin}${path}`)).text();
        const flight = flightData(html);
        const count = countClientComponents(flight, names);
        const top = Object.entries(count.byModule).sort((a, b) => b[1] - a[1]);
        const kb = (text: string) =>
          `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
        console.log(
          `${path}: ${count.instances} client component instances (HTML ${kb(html)}, RSC payload ${kb(flight)}); ${top.map(([n, c]) => `${n} ${c}`).join(", ")}`,
        );
      }
    })();
  }
}
