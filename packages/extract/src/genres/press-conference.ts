import { byHeadings } from "./by-headings.js"

/**
 * A press-conference transcript: the speakers report last year's results and this year's
 * plans in the same paragraphs, so the mode comes from each clause's own cues.
 */
export const pressConference = byHeadings("press_conference", "press_conference")
