/** The queue's name when none is given. */
export const DEFAULT_QUEUE_NAME = "govstat"
