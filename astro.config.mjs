// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { paragraphAnchors } from './src/lib/policy/remark-paragraph-anchors.ts';
import { clauseSidebar } from './src/lib/policy/sidebar.ts';
import { csp } from './src/integrations/csp.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // unified (remark) rather than the default Sätteri processor: the paragraph anchors are a remark plugin.
  markdown: { processor: unified({ remarkPlugins: [paragraphAnchors] }) },
  // Workers are ES modules (each is started with type: 'module'), so a dynamic import inside one becomes its
  // own chunk: SheetJS is fetched by the ledger and allocation workers only when a workbook arrives.
  vite: { worker: { format: 'es' } },
  integrations: [
    starlight({
      title: '课后服务政策工具箱',
      description: '浦教义〔2024〕10号《关于进一步优化本区义务教育课后服务管理提高课后育人水平的通知》:逐条可引用的指引,以及一校一方案、经费分配测算、台账自查工具。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/site.css'],
      components: {
        MarkdownContent: './src/components/ClauseContent.astro',
      },
      sidebar: [
        { label: '首页', link: '/' },
        {
          label: '通知原文(逐条)',
          items: clauseSidebar(),
        },
        {
          label: '查看方式',
          items: [
            { label: '逐字查找', link: '/search/' },
            { label: '按职责查看', link: '/actors/' },
            { label: '严禁清单', link: '/prohibitions/' },
            { label: '工作日历', link: '/calendar/' },
            { label: '术语', link: '/glossary/' },
            { label: '依据文件', link: '/basis/' },
          ],
        },
        {
          label: '工具',
          items: [
            { label: '一校一方案', link: '/tools/plan/' },
            { label: '经费分配测算', link: '/tools/allocation/' },
            { label: '台账自查', link: '/tools/ledger/' },
            { label: '台账检查规则', link: '/tools/ledger/rules/' },
            { label: '学段中心审核', link: '/tools/review/' },
            { label: '检查清单', link: '/checks/' },
          ],
        },
      ],
    }),
    react(),
    // Last, so it hashes the final HTML (after Pagefind and the rest).
    csp(),
  ],
});
