/**
 * Why a document could not be read. Each error names the file and says what was wrong, so
 * that a run over many documents can report it and go on.
 */
import * as Schema from "effect/Schema"

/** The bytes are not text: an image, an archive, a PDF or another binary format. */
export class BinaryInputError extends Schema.TaggedError<BinaryInputError>()("BinaryInputError", {
  path: Schema.String,
  format: Schema.String,
  message: Schema.String
}) {}

/** The bytes look like text but are not valid in any supported encoding. */
export class EncodingError extends Schema.TaggedError<EncodingError>()("EncodingError", {
  path: Schema.String,
  encoding: Schema.String,
  byteOffset: Schema.Number,
  message: Schema.String
}) {}

/** The file could not be read at all (permissions, vanished, a directory). */
export class ReadError extends Schema.TaggedError<ReadError>()("ReadError", {
  path: Schema.String,
  message: Schema.String
}) {}

export type DocumentError = BinaryInputError | EncodingError | ReadError
