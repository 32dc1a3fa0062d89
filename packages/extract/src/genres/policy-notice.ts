import { byHeadings } from "./by-headings.js"

/**
 * 关于印发…的通知, 若干措施, 实施意见, 奖励办法: the document's own figures (subsidy rates, caps,
 * thresholds, deadlines) are stipulations, so its text opens in the plan frame (targets:
 * GENRE_TIME.policy_notice.opens).
 */
export const policyNotice = byHeadings("policy_notice", "policy_notice")
