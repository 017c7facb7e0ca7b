// Parses, validates and renders Adaptive Cards with the official renderer (npm adaptivecards) in headless Chromium,
// and saves a screenshot of each. Usage: node render-cards.mjs <folder with *.json cards> <folder for *.png>
// Prints one JSON array on stdout: [{ name, parseEvents, validationEvents, rendered, screenshot }].
import { readdirSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [inputDir, outputDir] = process.argv.slice(2);
if (!inputDir || !outputDir) {
  console.error('usage: node render-cards.mjs <cards folder> <screenshots folder>');
  process.exit(2);
}

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).`);
  process.exit(3);
}

let chromium, rendererPath;
try {
  ({ chromium } = await import('playwright-core'));
  rendererPath = require.resolve('adaptivecards/dist/adaptivecards.min.js');
} catch (error) {
  console.error(`Node packages missing (${error.message}): run 'npm ci' in the repository root.`);
  process.exit(4);
}

// Close to the Teams light theme, so the screenshots show what people will see.
const hostConfig = {
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  supportsInteractivity: true,
  containerStyles: {
    default: { backgroundColor: '#FFFFFF' },
    emphasis: { backgroundColor: '#F5F5F5' },
    accent: { backgroundColor: '#E8EBFA' },
    good: { backgroundColor: '#E7F2DA' },
    attention: { backgroundColor: '#FCF4F6' },
    warning: { backgroundColor: '#FBF6D9' },
  },
};

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: 560, height: 900 } });
  await page.setContent('<!doctype html><html><body style="margin:0;background:#EBEBEB"><div id="host" style="width:500px;padding:16px;background:#FFFFFF"></div></body></html>');
  await page.addScriptTag({ path: rendererPath });
  mkdirSync(outputDir, { recursive: true });

  for (const file of readdirSync(inputDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = basename(file, '.json');
    const json = JSON.parse(readFileSync(join(inputDir, file), 'utf8'));
    const result = await page.evaluate(({ json, hostConfig }) => {
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
      const context = new AdaptiveCards.SerializationContext();
      card.parse(json, context);
      const parseEvents = [];
      for (let i = 0; i < context.eventCount; i++) {
        parseEvents.push(context.getEventAt(i).message);
      }
      const validationEvents = card.validateProperties().validationEvents.map((e) => e.message);
      const element = card.render();
      const host = document.getElementById('host');
      host.innerHTML = '';
      if (element) {
        host.appendChild(element);
      }
      return { parseEvents, validationEvents, rendered: !!element && element.childElementCount > 0 };
    }, { json, hostConfig });
    const screenshot = join(outputDir, `${name}.png`);
    await page.locator('#host').screenshot({ path: screenshot });
    results.push({ name, ...result, screenshot });
  }
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(results));
