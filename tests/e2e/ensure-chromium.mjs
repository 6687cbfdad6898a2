// Run before the browser tests: says exactly how to get a Chromium when none is found.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (!candidates.some((p) => existsSync(p))) {
  console.error(
    [
      '浏览器测试需要系统 Chromium,但没有找到(查找了:' + candidates.join('、') + ')。',
      '安装方法(Debian/Ubuntu,root):  apt-get update && apt-get install -y chromium fonts-noto-cjk',
      '或把已有 Chromium 的路径放进环境变量:  CHROMIUM_PATH=/path/to/chromium npm test',
      '(npx playwright install 在此环境下无法下载浏览器。)',
    ].join('\n'),
  );
  process.exit(1);
}
