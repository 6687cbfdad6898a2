/**
 * What the school fills in for its semester packet (一(二)2–3) beyond the plan, the 台账 and the
 * scheme: the 党组织会议 of 三重一大, the 公示 dates, and whether the 校长 has signed and the 党组织
 * has sealed. Everything is optional: the packet's cover sheet shows what is still missing.
 */
import { z } from 'zod';
import { SCHEMA_TEXT as S } from '../allocation/messages.ts';

const DateText = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: S.dateFormat })
  .default('');

export const PacketMetaSchema = z.object({
  /** 党组织会议 (三重一大集体决策) that passed the 公示. */
  meetingDate: DateText,
  participants: z.string().trim().max(500).default(''),
  voteResult: z.string().trim().max(200).default(''),
  disclosureStart: DateText,
  disclosureEnd: DateText,
  principalSigned: z.boolean().default(false),
  partySealed: z.boolean().default(false),
});

export type PacketMeta = z.infer<typeof PacketMetaSchema>;
export type PacketMetaInput = z.input<typeof PacketMetaSchema>;
