import Testing
@testable import SitrepCore
