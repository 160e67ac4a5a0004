import Foundation

/// `glaneur-bench NAME [ARGUMENTS...]`: runs one benchmark and prints its figures.
let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let benchmark = Benchmarks.all[name] else {
    let names = Benchmarks.all.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: glaneur-bench NAME [ARGUMENTS...]; benchmarks: \(names)\n".utf8))
    exit(2)
}
do {
    try benchmark(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("glaneur-bench \(name): \(error)\n".utf8))
    exit(1)
}
