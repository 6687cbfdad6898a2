/**
 * Default coefficients and shares, each with where it comes from. They are published figures from
 * Shanghai and one school's scheme (see domain notes, 「Real-world figures」), not rules of the
 * notice: the notice names the factors (1.1.5) and leaves the weights to each school's 分配方案.
 */
import type { Coefficients, Shares } from './schema.ts';

/** Shanghai's 2021 standard: two hours of service count as 3 课时 at 85 元 per 课时. */
export const STANDARD_RATE_FEN_PER_HOUR = 8500;

export const DEFAULT_COEFFICIENTS: Coefficients = {
  // 南翔中学 (2022): 15:30–16:30 paid 1.7 元/min, 16:30–18:30 paid 2.125 元/min; 2.125 / 1.7 = 1.25.
  period: { 第一时段: 1, 第二时段: 1.25, 第三时段: 1.25 },
  // No published figure: every content counts the same until the school decides otherwise.
  content: { 作业辅导: 1, 德育: 1, 体育: 1, 美育: 1, 科学: 1, 劳动: 1, 阅读: 1, 兴趣小组: 1, 社团活动: 1, 安全实训: 1 },
  // 南翔中学: 代课 at the full rate, 看课 at ×0.5. 主讲 and 值班管理 lead; 助教 and 看护 watch.
  role: { 主讲: 1, 助教: 0.5, 看护: 0.5, 值班管理: 1 },
  // One school paid 35 元 a session under 35 pupils, else 1 元 per pupil: ×1 up to 34, then
  // 42 pupils ≈ 42 元 (×1.2) and 49 pupils ≈ 49 元 (×1.4).
  studentTiers: [
    { min: 0, coefficient: 1 },
    { min: 35, coefficient: 1.2 },
    { min: 45, coefficient: 1.4 },
  ],
};

export const DEFAULT_SHARES: Shares = {
  // No published figure: 多劳多得 leads, 优绩优酬 moves a fifth of the fund. The school sets its own.
  workloadPercent: 80,
  // No published figure: 效果 and 满意度 weigh the same.
  effectPercent: 50,
  // 南翔中学 (2022): management share capped at 10% of the fund.
  managementCapPercent: 10,
};
