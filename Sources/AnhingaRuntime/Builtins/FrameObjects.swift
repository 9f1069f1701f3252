/// A frame as Python code sees it (`traceback.tb_frame`, `generator.gi_frame`): the code
/// it runs, the line it is at, and its globals when known. A snapshot, not the live
/// frame of the evaluation loop (which lives in preallocated storage).
public final class PyFrameObject: PyObject {
    let code: PyCode
    let line: Int
    let globals: PyDict?

    init(type: PyType, code: PyCode, line: Int, globals: PyDict?) {
        self.code = code
        self.line = line
        self.globals = globals
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        body(code)
        if let globals { body(globals) }
    }
}

extension Runtime {
    /// `tb_next`, `tb_lineno`, `tb_lasti`, `tb_frame`; `f_code`, `f_lineno`, `f_globals`.
    func installTracebackAndFrameAttributes() {
        let traceback = types.traceback
        // `entries` are innermost first, as they were added while the exception propagated:
        // the traceback object stands for the outermost, and its tb_next for the rest.
        func entry(_ value: Value) -> TracebackEntry? { (value.object as? PyTracebackObject)?.entries.last }
        defineAttribute(traceback, "tb_next") { (rt, value) throws(PythonError) -> Value in
            guard let tb = value.object as? PyTracebackObject, tb.entries.count > 1 else { return .none }
            return .object(PyTracebackObject(type: rt.types.traceback, entries: Array(tb.entries.dropLast())))
        }
        defineAttribute(traceback, "tb_lineno") { (rt, value) throws(PythonError) -> Value in
            entry(value).map { .int($0.line) } ?? .none
        }
        defineAttribute(traceback, "tb_lasti") { (rt, value) throws(PythonError) -> Value in
            entry(value).map { .int($0.instruction * 2) } ?? .none
        }
        defineAttribute(traceback, "tb_frame") { (rt, value) throws(PythonError) -> Value in
            guard let first = entry(value) else { return .none }
            return .object(PyFrameObject(type: rt.types.frame, code: first.code, line: first.line, globals: nil))
        }
        let frame = types.frame
        func this(_ value: Value) throws(PythonError) -> PyFrameObject {
            guard let frame = value.object as? PyFrameObject else { throw PythonError(.typeError, "expected a frame") }
            return frame
        }
        defineAttribute(frame, "f_code") { (rt, value) throws(PythonError) -> Value in .object(try this(value).code) }
        defineAttribute(frame, "f_lineno") { (rt, value) throws(PythonError) -> Value in .int(try this(value).line) }
        defineAttribute(frame, "f_globals") { (rt, value) throws(PythonError) -> Value in
            guard let globals = try this(value).globals else { throw rt.attributeError(value, rt.intern("f_globals")) }
            return .object(globals)
        }
        frame.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let frame = a.object as? PyFrameObject else { return rt.emptyString }
            return rt.makeStr("<frame at 0x\(String(frame.identity, radix: 16)), file '\(frame.code.code.filename)', line \(frame.line), code \(frame.code.code.name)>")
        }
    }

    /// `gi_frame` (`cr_frame`, `ag_frame`): None once the generator has finished.
    func generatorFrame(_ generator: PyGenerator) -> Value {
        if generator.finished { return .none }
        let frame = generator.frame
        let positions = frame.code.code.positions
        let index = generator.started ? frame.next - 1 : 0
        let line = index >= 0 && index < positions.count ? Int(positions[index].line) : frame.code.code.firstLine
        return .object(PyFrameObject(type: types.frame, code: frame.code, line: line, globals: frame.globals))
    }
}
