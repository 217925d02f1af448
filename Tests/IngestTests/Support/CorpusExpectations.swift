import HipBalanceTestSupport

/// What the corpus README says about particular activity files.
extension Corpus {
    /// Files that hold no recorded activity, with the reason they give (corpus README).
    static let emptyFiles: [String: String] = [
        "tcx/dblocktcx__brighton-beach.tcx": "course only, no recorded activity",
        "tcx/dblocktcx__simple_workout_1.tcx": "workout plan only, no recorded activity",
        "gpx/gc__MetadataOnly.gpx": "metadata only, no recorded activity",
        "gpx/gpxgo__iso8859-1encoded.gpx": "waypoints only, no recorded activity",
        "gpx/gpxpy__unicode2.gpx": "empty track, no recorded activity",
        "gpx/georust__ecology-trail-and-lovers-lane-loop.gpx": "route only, no recorded activity",
    ]

    /// Activity files whose tracks have no usable time (corpus README).
    static let untimedFiles: Set<String> = [
        "gpx/gc__A_ride_mapped_on_11_22_2011.gpx", "gpx/georust__strava_route_example.gpx",
        "gpx/georust__outdooractive-export.gpx", "gpx/gpxpy__cerknicko-without-times.gpx", "gpx/gpxpy__Mojstrovka.gpx",
    ]
}
