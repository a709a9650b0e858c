import CSQLite
import Foundation

/// A minimal handle on one SQLite database file, for writing (the SQLite C API).
///
/// Not thread-safe: one writer uses it from one thread, then closes it.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    /// Opens (creating) the database at `path`.
    init(path: String) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "code \(code)"
            sqlite3_close(db)
            throw OutputWriteError.sqlite(file: path, message: message)
        }
        handle = db
    }

    deinit { close() }

    func close() {
        if let handle {
            sqlite3_close_v2(handle)
        }
        handle = nil
    }

    /// Runs one or more SQL statements without parameters.
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw OutputWriteError.sqlite(file: path, message: "\(message) in: \(sql.prefix(120))")
        }
    }

    /// Compiles one statement for repeated use.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
              let statement else {
            throw OutputWriteError.sqlite(file: path, message: "\(lastError) in: \(sql.prefix(120))")
        }
        return SQLiteStatement(statement: statement, database: self)
    }

    /// Rows of a query as text columns (NULL as nil): for checks and tests, not bulk reads.
    func rows(_ sql: String) throws -> [[String?]] {
        let statement = try prepare(sql)
        var result: [[String?]] = []
        while try statement.step() {
            result.append(statement.textColumns())
        }
        return result
    }

    var lastError: String {
        handle.map { String(cString: sqlite3_errmsg($0)) } ?? "database closed"
    }
}

/// A prepared statement: bind 1-based parameters, `run()`, repeat.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private unowned let database: SQLiteDatabase
    /// SQLITE_TRANSIENT: SQLite copies the bytes before `bind` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    fileprivate init(statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        if value.isEmpty {
            sqlite3_bind_text(statement, index, "", 0, Self.transient)
            return
        }
        var copy = value
        copy.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = sqlite3_bind_text(statement, index, chars.baseAddress,
                                      Int32(chars.count), Self.transient)
            }
        }
    }

    func bind(_ index: Int32, _ value: Int?) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_int64(statement, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Double?) {
        guard let value, value.isFinite else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_double(statement, index, value)
    }

    func bind(_ index: Int32, _ value: Bool) {
        sqlite3_bind_int(statement, index, value ? 1 : 0)
    }

    /// Executes an insert/update, then resets the statement for the next row.
    func run() throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else {
            throw OutputWriteError.sqlite(file: database.path, message: database.lastError)
        }
    }

    /// Advances a query; false when there are no more rows.
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw OutputWriteError.sqlite(file: database.path, message: database.lastError)
        }
    }

    func textColumns() -> [String?] {
        (0..<sqlite3_column_count(statement)).map { column in
            sqlite3_column_text(statement, column).map { String(cString: $0) }
        }
    }
}
