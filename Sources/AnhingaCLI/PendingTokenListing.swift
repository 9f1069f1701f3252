// TEMPORARY: `tokenizeModuleListing` lives in AnhingaSyntax on the tokenizer
// branch; until it is merged into main, `--tokens` says so. Delete this file
// after the merge (the library's public function then takes over).
func tokenizeModuleListing(_ raw: [UInt8], filename: String) -> (stdout: String, stderr: String, exitCode: Int32) {
    ("", "anhinga: --tokens needs the tokenize listing, which is not merged yet\n", 2)
}
