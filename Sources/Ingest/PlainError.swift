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
