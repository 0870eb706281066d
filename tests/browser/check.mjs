// palermo's published site in a real browser: each page given on the command line is opened in
// headless Chromium (Debian's package), checked with axe-core against the WCAG 2.1 A and AA
// rules, and its writing direction read as the browser lays it out (a page whose <html> says
// dir="rtl" must run right to left); a screenshot of each page is written beside it (.png).
// Exit code 1 when any page has a violation. Usage: node check.mjs PAGE.html…
import { chromium } from 'playwright-core';
import axe from 'axe-core';
import path from 'node:path';

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node check.mjs PAGE.html…');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
for (const file of pages) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  await page.goto('file://' + path.resolve(file));
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const declared = await page.evaluate(() => document.documentElement.getAttribute('dir'));
  const laidOut = await page.evaluate(() => getComputedStyle(document.body).direction);
  await page.screenshot({ path: file.replace(/\.html$/, '.png') });
  const problems = result.violations.map(v => `  ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), first: ${v.nodes[0]?.target}`);
  if (declared && declared !== laidOut) {
    problems.push(`  direction: <html dir="${declared}"> but the page is laid out ${laidOut}`);
  }
  if (problems.length > 0) {
    failures += 1;
    console.log(`${file}: ${problems.length} problem(s)\n${problems.join('\n')}`);
  } else {
    console.log(`${file}: ${result.passes.length} axe rules pass, none violated; laid out ${laidOut}`);
  }
  await page.close();
}
await browser.close();
console.log(`${pages.length - failures} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
