import { clausePlace, placeMentions } from "@govstat/extract"
console.log(typeof clausePlace)
