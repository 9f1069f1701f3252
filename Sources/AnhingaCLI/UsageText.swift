/// The version line of `-V` / `--version`.
let versionLine = "Anhinga 0.1.0 (Python 3.11 language)\n"

/// The text of `-h` / `--help`.
let helpText = shortUsage + """
    Options (python3's, where Anhinga supports them):
    -c cmd : program passed in as string (terminates option list)
    -h     : print this help message and exit (also -? or --help)
    -i     : inspect interactively after running script
    -m mod : run library module as a script (terminates option list)
    -V     : print the version number and exit (also --version)
    -b -B -d -E -I -O -P -q -s -S -u -v, -W arg, -X opt :
             accepted for compatibility with python3; they change nothing yet
    file   : program read from script file
    -      : program read from stdin (default; interactive mode if a tty)
    arg ...: arguments passed to program in sys.argv[1:]

    Stage views (each takes the rest of the command line):
    --tokens [file]   the tokens, exactly as `python3 -m tokenize file` prints them
    --ast [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [file]
                      the abstract syntax tree, exactly as `python3 -m ast` prints it
                      (-a: with line and column attributes; indent 3 by default)
    --dis [file]      the bytecode, disassembled (laid out like `python3 -m dis`)
    --trace [file]    run, showing each instruction and the value stack (not yet)

    A program with a syntax error is reported exactly as python3 reports it (exit 1),
    whatever the mode.

    """
