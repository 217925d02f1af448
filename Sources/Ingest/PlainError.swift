import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File-system failures in plain words, for messages people read: "permission denied", "the
/// disk is full", never a Foundation error domain and number.
public enum PlainError {
    /// The words for a POSIX error number.
    public static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or folder"
        case ENOTDIR: "a part of the path is not a folder"
        case EISDIR: "is a folder, not a file"
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EROFS: "the file system is read-only"
        case EEXIST: "something already exists at that path"
        case ENAMETOOLONG: "the name is too long"
        case ELOOP: "too many symbolic links (a link loop?)"
        case EMFILE, ENFILE: "too many open files"
        case EIO: "input/output error (a failing disk or a lost network mount?)"
        case ENOTEMPTY: "the folder is not empty"
        case EXDEV: "it is on another file system"
        case EBUSY: "the file is busy"
        case EINVAL: "the file cannot be used that way (is it a special file?)"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// The words for any error a Foundation file call threw: the POSIX cause when there is one,
    /// else the error's own description with any domain and number left out.
    public static func describe(_ error: any Error) -> String {
        if let decoding = error as? DecodingError { return describe(decoding) }
        if let code = posixCode(of: error) { return describe(code) }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return describe(ENOENT)
            case .fileReadNoPermission, .fileWriteNoPermission: return describe(EACCES)
            case .fileWriteOutOfSpace: return describe(ENOSPC)
            case .fileWriteVolumeReadOnly: return describe(EROFS)
            case .fileWriteFileExists: return describe(EEXIST)
            case .fileReadInvalidFileName, .fileWriteInvalidFileName: return "the name is not valid"
            case .fileReadCorruptFile: return "the file is damaged or not in the expected format"
            case .fileReadTooLarge: return "the file is too large"
            case .fileReadUnknownStringEncoding, .fileReadInapplicableStringEncoding:
                return "the text encoding is not recognised"
            default: return "the file could not be read or written"
            }
        }
        let text = "\(error)"
        return text.contains("Domain") || text.contains("Code=") ? "the file could not be read or written" : text
    }

    /// The words for a JSON or YAML document that does not have the expected shape: what is wrong
    /// and where (`'pattern' is missing at exercises.3`, entries counted from 1), never the
    /// decoder's own dump of coding keys.
    public static func describe(_ error: DecodingError) -> String {
        func place(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "\($0 + 1)" } ?? key.stringValue }
            return keys.isEmpty ? "the top level" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(place(context))"
        case .valueNotFound(_, let context):
            return "a value is missing at \(place(context))"
        case .typeMismatch(let type, let context):
            return "the value at \(place(context)) is not \(expected(type))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "the document is not well-formed" : "the value at \(place(context)) is not valid"
        @unknown default:
            return "the document does not have the expected shape"
        }
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "of the expected kind (a list or a mapping)"
        }
    }

    /// The POSIX error number inside a Foundation error, when it carries one.
    static func posixCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError {
            return posixCode(of: underlying)
        }
        return nil
    }
}
