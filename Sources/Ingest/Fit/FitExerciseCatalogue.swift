/// The FIT strength table: which catalogue exercise a watch-recorded `set` (message 225) means.
///
/// A set names its exercise by `category` (the profile type `exercise_category`) and
/// `category_subtype`, an index into the `<category>_exercise_name` type of the same category.
/// The numbers below are the published FIT profile's values, checked against profile version
/// 21.218; the profile's names are kept as comments so that each row can be reviewed. Every
/// category has a generic catalogue exercise; the categories that load the hips or trunk also
/// map each sub-type, because there the variant decides the muscles (a hip thrust and a single-leg
/// bridge, a Romanian and a trap-bar deadlift). A sub-type the table does not list, such as one
/// added by a later profile, falls back to its category's generic exercise. Every value is a
/// catalogue name that `ExerciseResolver` resolves (checked by the tests); `docs/catalogue.md`
/// explains the choices.
public enum FitExerciseCatalogue {
    /// The profile's `exercise_category` value for "unknown" (the watch could not tell).
    public static let unknownCategory: UInt16 = 65534

    /// The catalogue name for a set's category and sub-type, or nil when the category is unknown
    /// (65534, invalid, or not in the profile). A nil, invalid or unlisted sub-type gives the
    /// category's generic exercise.
    public static func exerciseName(category: UInt16, subtype: UInt16?) -> String? {
        guard let generic = genericNames[category] else { return nil }
        guard let subtype, let name = subtypeNames[category]?[subtype] else { return generic }
        return name
    }

    /// One generic catalogue exercise per `exercise_category` value (48 and 51 are unassigned).
    static let genericNames: [UInt16: String] = [
        0: "Bench Press (Barbell)",  // bench_press
        1: "Standing Calf Raise (Machine)",  // calf_raise
        2: "Cardio",  // cardio
        3: "Farmer's Walk",  // carry
        4: "Cable Woodchop",  // chop
        5: "Core Exercise",  // core
        6: "Crunch",  // crunch
        7: "Bicep Curl (Dumbbell)",  // curl
        8: "Deadlift (Barbell)",  // deadlift
        9: "Chest Fly (Dumbbell)",  // flye
        10: "Glute Bridge",  // hip_raise
        11: "Side Lying Hip Abduction",  // hip_stability
        12: "Kettlebell Swing",  // hip_swing
        13: "Back Extension",  // hyperextension
        14: "Lateral Raise (Dumbbell)",  // lateral_raise
        15: "Lying Leg Curl (Machine)",  // leg_curl
        16: "Leg Raise",  // leg_raise
        17: "Lunge (Dumbbell)",  // lunge
        18: "Power Clean",  // olympic_lift
        19: "Plank",  // plank
        20: "Jump Squat",  // plyo
        21: "Pull Up",  // pull_up
        22: "Push Up",  // push_up
        23: "Bent Over Row (Dumbbell)",  // row
        24: "Overhead Press (Dumbbell)",  // shoulder_press
        25: "External Rotation (Cable)",  // shoulder_stability
        26: "Shrug (Dumbbell)",  // shrug
        27: "Sit Up",  // sit_up
        28: "Squat (Barbell)",  // squat
        29: "Burpee",  // total_body
        30: "Triceps Extension (Dumbbell)",  // triceps_extension
        31: "Warm Up",  // warm_up
        32: "Running",  // run
        33: "Cycling",  // bike
        34: "Cardio",  // cardio_sensors
        35: "Yoga",  // move
        36: "Yoga",  // pose
        37: "Lateral Band Walk",  // banded_exercises
        38: "Battle Ropes",  // battle_rope
        39: "Elliptical Trainer",  // elliptical
        40: "Stair Climber",  // floor_climb
        41: "Cycling",  // indoor_bike
        42: "Rowing (Machine)",  // indoor_row
        43: "High Knee Skips",  // ladder
        44: "Squat (Bodyweight)",  // sandbag
        45: "Sled Push",  // sled
        46: "Cable Woodchop",  // sledge_hammer
        47: "Stair Climber",  // stair_stepper
        49: "Inverted Row",  // suspension
        50: "Deadlift (Barbell)",  // tire
        52: "Running",  // run_indoor
        53: "Cycling",  // bike_outdoor
    ]

    /// Sub-type tables of the categories that load the hips or trunk, by category value.
    static let subtypeNames: [UInt16: [UInt16: String]] = [
        1: calfRaise,
        2: cardio,
        3: carry,
        4: chop,
        5: core,
        6: crunch,
        8: deadlift,
        10: hipRaise,
        11: hipStability,
        12: hipSwing,
        13: hyperextension,
        15: legCurl,
        16: legRaise,
        17: lunge,
        18: olympicLift,
        19: plank,
        20: plyo,
        27: sitUp,
        28: squat,
        29: totalBody,
        31: warmUp,
        37: bandedExercises,
        44: sandbag,
        45: sled,
        46: sledgeHammer,
        49: suspension,
        50: tire,
    ]

    /// `calf_raise_exercise_name`
    private static let calfRaise: [UInt16: String] = [
        0: "Standing Calf Raise (Machine)",  // 3_way_calf_raise
        1: "Standing Calf Raise (Machine)",  // 3_way_weighted_calf_raise
        2: "Standing Calf Raise (Machine)",  // 3_way_single_leg_calf_raise
        3: "Standing Calf Raise (Machine)",  // 3_way_weighted_single_leg_calf_raise
        4: "Standing Calf Raise (Machine)",  // donkey_calf_raise
        5: "Standing Calf Raise (Machine)",  // weighted_donkey_calf_raise
        6: "Seated Calf Raise (Machine)",  // seated_calf_raise
        7: "Seated Calf Raise (Machine)",  // weighted_seated_calf_raise
        8: "Seated Calf Raise (Machine)",  // seated_dumbbell_toe_raise
        9: "Standing Calf Raise (Machine)",  // single_leg_bent_knee_calf_raise
        10: "Standing Calf Raise (Machine)",  // weighted_single_leg_bent_knee_calf_raise
        11: "Push Up",  // single_leg_decline_push_up
        12: "Standing Calf Raise (Machine)",  // single_leg_donkey_calf_raise
        13: "Standing Calf Raise (Machine)",  // weighted_single_leg_donkey_calf_raise
        14: "Single Leg Glute Bridge",  // single_leg_hip_raise_with_knee_hold
        15: "Standing Calf Raise (Machine)",  // single_leg_standing_calf_raise
        16: "Standing Calf Raise (Machine)",  // single_leg_standing_dumbbell_calf_raise
        17: "Standing Calf Raise (Machine)",  // standing_barbell_calf_raise
        18: "Standing Calf Raise (Machine)",  // standing_calf_raise
        19: "Standing Calf Raise (Machine)",  // weighted_standing_calf_raise
        20: "Standing Calf Raise (Machine)",  // standing_dumbbell_calf_raise
    ]

    /// `cardio_exercise_name`
    private static let cardio: [UInt16: String] = [
        0: "Cardio",  // bob_and_weave_circle
        1: "Cardio",  // weighted_bob_and_weave_circle
        2: "Bear Crawl",  // cardio_core_crawl
        3: "Bear Crawl",  // weighted_cardio_core_crawl
        4: "Jump Rope",  // double_under
        5: "Jump Rope",  // weighted_double_under
        6: "Jump Rope",  // jump_rope
        7: "Jump Rope",  // weighted_jump_rope
        8: "Jump Rope",  // jump_rope_crossover
        9: "Jump Rope",  // weighted_jump_rope_crossover
        10: "Jump Rope",  // jump_rope_jog
        11: "Jump Rope",  // weighted_jump_rope_jog
        12: "Jumping Jacks",  // jumping_jacks
        13: "Jumping Jacks",  // weighted_jumping_jacks
        14: "Cardio",  // ski_moguls
        15: "Cardio",  // weighted_ski_moguls
        16: "Jumping Jacks",  // split_jacks
        17: "Jumping Jacks",  // weighted_split_jacks
        18: "Jumping Jacks",  // squat_jacks
        19: "Jumping Jacks",  // weighted_squat_jacks
        20: "Jump Rope",  // triple_under
        21: "Jump Rope",  // weighted_triple_under
        22: "Elliptical Trainer",  // elliptical
        23: "Cycling",  // spinning
        24: "Cardio",  // pole_paddle_forward_wheelchair
        25: "Cardio",  // pole_paddle_backward_wheelchair
        26: "Cardio",  // pole_handcycle_forward_wheelchair
        27: "Cardio",  // pole_handcycle_backward_wheelchair
        28: "Cardio",  // pole_rainbow_wheelchair
        29: "Cardio",  // double_punch_forward_wheelchair
        30: "Cardio",  // double_punch_down_wheelchair
        31: "Cardio",  // double_punch_sideways_wheelchair
        32: "Cardio",  // double_punch_up_wheelchair
        33: "Cardio",  // sit_ski_wheelchair
        34: "Jumping Jacks",  // sitting_jacks_wheelchair
        35: "Cardio",  // punch_forward_wheelchair
        36: "Cardio",  // punch_down_wheelchair
        37: "Cardio",  // punch_sideways_wheelchair
        38: "Cardio",  // punch_up_wheelchair
        39: "Cardio",  // punch_bag_wheelchair
        40: "Cardio",  // pole_dd_ff_uu_wheelchair
        41: "Cardio",  // butterfly_arms_wheelchair
        42: "Cardio",  // punch
    ]

    /// `carry_exercise_name`
    private static let carry: [UInt16: String] = [
        0: "Farmer's Walk",  // bar_holds
        1: "Farmer's Walk",  // farmers_walk
        2: "Farmer's Walk",  // farmers_walk_on_toes
        3: "Farmer's Walk",  // hex_dumbbell_hold
        4: "Front Rack Carry",  // overhead_carry
        5: "Front Rack Carry",  // dumbbell_waiter_carry
        6: "Walking Lunge",  // farmers_carry_walk_lunge
        7: "Farmer's Walk",  // farmers_carry
        8: "Farmer's Walk",  // farmers_carry_on_toes
    ]

    /// `chop_exercise_name`
    private static let chop: [UInt16: String] = [
        0: "Cable Pull Through",  // cable_pull_through
        1: "Cable Woodchop",  // cable_rotational_lift
        2: "Cable Woodchop",  // cable_woodchop
        3: "Cable Woodchop",  // cross_chop_to_knee
        4: "Cable Woodchop",  // weighted_cross_chop_to_knee
        5: "Cable Woodchop",  // dumbbell_chop
        6: "Cable Woodchop",  // half_kneeling_rotation
        7: "Cable Woodchop",  // weighted_half_kneeling_rotation
        8: "Cable Woodchop",  // half_kneeling_rotational_chop
        9: "Cable Woodchop",  // half_kneeling_rotational_reverse_chop
        10: "Cable Woodchop",  // half_kneeling_stability_chop
        11: "Cable Woodchop",  // half_kneeling_stability_reverse_chop
        12: "Cable Woodchop",  // kneeling_rotational_chop
        13: "Cable Woodchop",  // kneeling_rotational_reverse_chop
        14: "Cable Woodchop",  // kneeling_stability_chop
        15: "Cable Woodchop",  // kneeling_woodchopper
        16: "Cable Woodchop",  // medicine_ball_wood_chops
        17: "Cable Woodchop",  // power_squat_chops
        18: "Cable Woodchop",  // weighted_power_squat_chops
        19: "Cable Woodchop",  // standing_rotational_chop
        20: "Cable Woodchop",  // standing_split_rotational_chop
        21: "Cable Woodchop",  // standing_split_rotational_reverse_chop
        22: "Cable Woodchop",  // standing_stability_reverse_chop
    ]

    /// `core_exercise_name`
    private static let core: [UInt16: String] = [
        0: "Russian Twist",  // abs_jabs
        1: "Russian Twist",  // weighted_abs_jabs
        2: "Russian Twist",  // alternating_plate_reach
        3: "Ab Wheel Rollout",  // barbell_rollout
        4: "Ab Wheel Rollout",  // weighted_barbell_rollout
        5: "Russian Twist",  // body_bar_oblique_twist
        6: "Pallof Press",  // cable_core_press
        7: "Side Bend (Dumbbell)",  // cable_side_bend
        8: "Side Bend (Dumbbell)",  // side_bend
        9: "Side Bend (Dumbbell)",  // weighted_side_bend
        10: "Crunch",  // crescent_circle
        11: "Crunch",  // weighted_crescent_circle
        12: "Russian Twist",  // cycling_russian_twist
        13: "Russian Twist",  // weighted_cycling_russian_twist
        14: "Russian Twist",  // elevated_feet_russian_twist
        15: "Russian Twist",  // weighted_elevated_feet_russian_twist
        16: "Turkish Get Up",  // half_turkish_get_up
        17: "Turkish Get Up",  // kettlebell_windmill
        18: "Ab Wheel Rollout",  // kneeling_ab_wheel
        19: "Ab Wheel Rollout",  // weighted_kneeling_ab_wheel
        20: "Hollow Body Hold",  // modified_front_lever
        21: "Knee Raise (Captain's Chair)",  // open_knee_tucks
        22: "Knee Raise (Captain's Chair)",  // weighted_open_knee_tucks
        23: "Oblique Crunch",  // side_abs_leg_lift
        24: "Oblique Crunch",  // weighted_side_abs_leg_lift
        25: "V Up",  // swiss_ball_jackknife
        26: "V Up",  // weighted_swiss_ball_jackknife
        27: "V Up",  // swiss_ball_pike
        28: "V Up",  // weighted_swiss_ball_pike
        29: "Ab Wheel Rollout",  // swiss_ball_rollout
        30: "Ab Wheel Rollout",  // weighted_swiss_ball_rollout
        31: "Glute Bridge",  // triangle_hip_press
        32: "Glute Bridge",  // weighted_triangle_hip_press
        33: "V Up",  // trx_suspended_jackknife
        34: "V Up",  // weighted_trx_suspended_jackknife
        35: "Russian Twist",  // u_boat
        36: "Russian Twist",  // weighted_u_boat
        37: "Windshield Wiper",  // windmill_switches
        38: "Windshield Wiper",  // weighted_windmill_switches
        39: "Ab Wheel Rollout",  // alternating_slide_out
        40: "Ab Wheel Rollout",  // weighted_alternating_slide_out
        41: "Back Extension",  // ghd_back_extensions
        42: "Back Extension",  // weighted_ghd_back_extensions
        43: "Front Rack Carry",  // overhead_walk
        44: "Plank",  // inchworm
        45: "Hollow Body Hold",  // weighted_modified_front_lever
        46: "Russian Twist",  // russian_twist
        47: "Flutter Kicks",  // abdominal_leg_rotations
        48: "Bird Dog",  // arm_and_leg_extension_on_knees
        49: "Bicycle Crunch",  // bicycle
        50: "Core Exercise",  // bicep_curl_with_leg_extension
        51: "Cat Cow",  // cat_cow
        52: "Flutter Kicks",  // corkscrew
        53: "Bicycle Crunch",  // criss_cross
        54: "Bicycle Crunch",  // criss_cross_with_ball
        55: "Crunch",  // double_leg_stretch
        56: "Knee Raise (Captain's Chair)",  // knee_folds
        57: "Leg Raise",  // lower_lift
        58: "Crunch",  // neck_pull
        59: "Cat Cow",  // pelvic_clocks
        60: "Crunch",  // roll_over
        61: "Crunch",  // roll_up
        62: "Crunch",  // rolling
        63: "Sit Up",  // rowing_1
        64: "Sit Up",  // rowing_2
        65: "Flutter Kicks",  // scissors
        66: "Flutter Kicks",  // single_leg_circles
        67: "Crunch",  // single_leg_stretch
        68: "Russian Twist",  // snake_twist_1_and_2
        69: "Superman",  // swan
        70: "Superman",  // swimming
        71: "V Up",  // teaser
        72: "Crunch",  // the_hundred
        73: "Core Exercise",  // bicep_curl_with_leg_extension_with_weights
        75: "L-Sit",  // hanging_l_sit
        77: "Leg Raise",  // lower_lift_with_weights
        79: "L-Sit",  // ring_l_sit
        80: "Sit Up",  // rowing_1_with_weights
        81: "Sit Up",  // rowing_2_with_weights
        82: "Flutter Kicks",  // scissors_with_weights
        83: "Crunch",  // single_leg_stretch_with_weights
        84: "Hanging Leg Raise",  // toes_to_elbows
        85: "Bicycle Crunch",  // weighted_criss_cross
        86: "Crunch",  // weighted_double_leg_stretch
        87: "Crunch",  // weighted_the_hundred
        88: "L-Sit",  // l_sit
        89: "Turkish Get Up",  // turkish_get_up
        90: "L-Sit",  // weighted_ring_l_sit
        91: "L-Sit",  // weighted_hanging_l_sit
        92: "L-Sit",  // weighted_l_sit
        93: "Side Bend (Dumbbell)",  // side_bend_low_wheelchair
        94: "Side Bend (Dumbbell)",  // side_bend_mid_wheelchair
        95: "Side Bend (Dumbbell)",  // side_bend_high_wheelchair
        96: "Side Bend (Dumbbell)",  // seated_side_bend
    ]

    /// `crunch_exercise_name`
    private static let crunch: [UInt16: String] = [
        0: "Bicycle Crunch",  // bicycle_crunch
        1: "Cable Crunch",  // cable_crunch
        2: "Crunch",  // circular_arm_crunch
        3: "Crunch",  // crossed_arms_crunch
        4: "Crunch",  // weighted_crossed_arms_crunch
        5: "Reverse Crunch",  // cross_leg_reverse_crunch
        6: "Reverse Crunch",  // weighted_cross_leg_reverse_crunch
        7: "Cable Woodchop",  // crunch_chop
        8: "Cable Woodchop",  // weighted_crunch_chop
        9: "Crunch",  // double_crunch
        10: "Crunch",  // weighted_double_crunch
        11: "Bicycle Crunch",  // elbow_to_knee_crunch
        12: "Bicycle Crunch",  // weighted_elbow_to_knee_crunch
        13: "Flutter Kicks",  // flutter_kicks
        14: "Flutter Kicks",  // weighted_flutter_kicks
        15: "Reverse Crunch",  // foam_roller_reverse_crunch_on_bench
        16: "Reverse Crunch",  // weighted_foam_roller_reverse_crunch_on_bench
        17: "Reverse Crunch",  // foam_roller_reverse_crunch_with_dumbbell
        18: "Reverse Crunch",  // foam_roller_reverse_crunch_with_medicine_ball
        19: "Crunch",  // frog_press
        20: "Knee Raise (Captain's Chair)",  // hanging_knee_raise_oblique_crunch
        21: "Knee Raise (Captain's Chair)",  // weighted_hanging_knee_raise_oblique_crunch
        22: "Windshield Wiper",  // hip_crossover
        23: "Windshield Wiper",  // weighted_hip_crossover
        24: "Hollow Body Hold",  // hollow_rock
        25: "Hollow Body Hold",  // weighted_hollow_rock
        26: "Reverse Crunch",  // incline_reverse_crunch
        27: "Reverse Crunch",  // weighted_incline_reverse_crunch
        28: "Cable Crunch",  // kneeling_cable_crunch
        29: "Bicycle Crunch",  // kneeling_cross_crunch
        30: "Bicycle Crunch",  // weighted_kneeling_cross_crunch
        31: "Cable Crunch",  // kneeling_oblique_cable_crunch
        32: "Hanging Leg Raise",  // knees_to_elbow
        33: "Leg Raise",  // leg_extensions
        34: "Leg Raise",  // weighted_leg_extensions
        35: "Leg Raise",  // leg_levers
        36: "Crunch",  // mcgill_curl_up
        37: "Crunch",  // weighted_mcgill_curl_up
        38: "Sit Up",  // modified_pilates_roll_up_with_ball
        39: "Sit Up",  // weighted_modified_pilates_roll_up_with_ball
        40: "Crunch",  // pilates_crunch
        41: "Crunch",  // weighted_pilates_crunch
        42: "Sit Up",  // pilates_roll_up_with_ball
        43: "Sit Up",  // weighted_pilates_roll_up_with_ball
        44: "Leg Raise",  // raised_legs_crunch
        45: "Leg Raise",  // weighted_raised_legs_crunch
        46: "Reverse Crunch",  // reverse_crunch
        47: "Reverse Crunch",  // weighted_reverse_crunch
        48: "Reverse Crunch",  // reverse_crunch_on_a_bench
        49: "Reverse Crunch",  // weighted_reverse_crunch_on_a_bench
        50: "Reverse Crunch",  // reverse_curl_and_lift
        51: "Reverse Crunch",  // weighted_reverse_curl_and_lift
        52: "Cable Woodchop",  // rotational_lift
        53: "Cable Woodchop",  // weighted_rotational_lift
        54: "Reverse Crunch",  // seated_alternating_reverse_crunch
        55: "Reverse Crunch",  // weighted_seated_alternating_reverse_crunch
        56: "Leg Raise",  // seated_leg_u
        57: "Leg Raise",  // weighted_seated_leg_u
        58: "Oblique Crunch",  // side_to_side_crunch_and_weave
        59: "Oblique Crunch",  // weighted_side_to_side_crunch_and_weave
        60: "Reverse Crunch",  // single_leg_reverse_crunch
        61: "Reverse Crunch",  // weighted_single_leg_reverse_crunch
        62: "Bicycle Crunch",  // skater_crunch_cross
        63: "Bicycle Crunch",  // weighted_skater_crunch_cross
        64: "Cable Crunch",  // standing_cable_crunch
        65: "Oblique Crunch",  // standing_side_crunch
        66: "Mountain Climber",  // step_climb
        67: "Mountain Climber",  // weighted_step_climb
        68: "Crunch",  // swiss_ball_crunch
        69: "Reverse Crunch",  // swiss_ball_reverse_crunch
        70: "Reverse Crunch",  // weighted_swiss_ball_reverse_crunch
        71: "Russian Twist",  // swiss_ball_russian_twist
        72: "Russian Twist",  // weighted_swiss_ball_russian_twist
        73: "Oblique Crunch",  // swiss_ball_side_crunch
        74: "Oblique Crunch",  // weighted_swiss_ball_side_crunch
        75: "Crunch",  // thoracic_crunches_on_foam_roller
        76: "Crunch",  // weighted_thoracic_crunches_on_foam_roller
        77: "Crunch",  // triceps_crunch
        78: "Bicycle Crunch",  // weighted_bicycle_crunch
        79: "Crunch",  // weighted_crunch
        80: "Crunch",  // weighted_swiss_ball_crunch
        81: "Hanging Leg Raise",  // toes_to_bar
        82: "Hanging Leg Raise",  // weighted_toes_to_bar
        83: "Crunch",  // crunch
        84: "Crunch",  // straight_leg_crunch_with_ball
        86: "Reverse Crunch",  // leg_climb_crunch
    ]

    /// `deadlift_exercise_name`
    private static let deadlift: [UInt16: String] = [
        0: "Deadlift (Barbell)",  // barbell_deadlift
        1: "Stiff Leg Deadlift (Barbell)",  // barbell_straight_leg_deadlift
        2: "Deadlift (Dumbbell)",  // dumbbell_deadlift
        3: "Single Leg Romanian Deadlift (Dumbbell)",  // dumbbell_single_leg_deadlift_to_row
        4: "Romanian Deadlift (Dumbbell)",  // dumbbell_straight_leg_deadlift
        5: "Deadlift (Dumbbell)",  // kettlebell_floor_to_shelf
        6: "Single Leg Romanian Deadlift (Dumbbell)",  // one_arm_one_leg_deadlift
        7: "Rack Pull (Barbell)",  // rack_pull
        8: "Romanian Deadlift (Dumbbell)",  // rotational_dumbbell_straight_leg_deadlift
        9: "Deadlift (Dumbbell)",  // single_arm_deadlift
        10: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_barbell_deadlift
        11: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_barbell_straight_leg_deadlift
        12: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_deadlift_with_barbell
        13: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_rdl_circuit
        14: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_romanian_deadlift_with_dumbbell
        15: "Sumo Deadlift (Barbell)",  // sumo_deadlift
        16: "Deadlift High Pull (Barbell)",  // sumo_deadlift_high_pull
        17: "Trap Bar Deadlift",  // trap_bar_deadlift
        18: "Deadlift (Barbell)",  // wide_grip_barbell_deadlift
        20: "Deadlift (Dumbbell)",  // kettlebell_deadlift
        21: "Sumo Deadlift (Barbell)",  // kettlebell_sumo_deadlift
        23: "Romanian Deadlift (Barbell)",  // romanian_deadlift
        24: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_romanian_deadlift_circuit
        25: "Stiff Leg Deadlift (Barbell)",  // straight_leg_deadlift
    ]

    /// `hip_raise_exercise_name`
    private static let hipRaise: [UInt16: String] = [
        0: "Hip Thrust (Barbell)",  // barbell_hip_thrust_on_floor
        1: "Hip Thrust (Barbell)",  // barbell_hip_thrust_with_bench
        2: "Reverse Hyperextension",  // bent_knee_swiss_ball_reverse_hip_raise
        3: "Reverse Hyperextension",  // weighted_bent_knee_swiss_ball_reverse_hip_raise
        4: "Glute Bridge",  // bridge_with_leg_extension
        5: "Glute Bridge",  // weighted_bridge_with_leg_extension
        6: "Glute Bridge",  // clam_bridge
        7: "Glute Kickback (Cable)",  // front_kick_tabletop
        8: "Glute Kickback (Cable)",  // weighted_front_kick_tabletop
        9: "Glute Kickback (Cable)",  // hip_extension_and_cross
        10: "Glute Kickback (Cable)",  // weighted_hip_extension_and_cross
        11: "Glute Bridge",  // hip_raise
        12: "Glute Bridge",  // weighted_hip_raise
        13: "Glute Bridge",  // hip_raise_with_feet_on_swiss_ball
        14: "Glute Bridge",  // weighted_hip_raise_with_feet_on_swiss_ball
        15: "Glute Bridge",  // hip_raise_with_head_on_bosu_ball
        16: "Glute Bridge",  // weighted_hip_raise_with_head_on_bosu_ball
        17: "Glute Bridge",  // hip_raise_with_head_on_swiss_ball
        18: "Glute Bridge",  // weighted_hip_raise_with_head_on_swiss_ball
        19: "Glute Bridge",  // hip_raise_with_knee_squeeze
        20: "Glute Bridge",  // weighted_hip_raise_with_knee_squeeze
        21: "Glute Kickback (Cable)",  // incline_rear_leg_extension
        22: "Glute Kickback (Cable)",  // weighted_incline_rear_leg_extension
        23: "Kettlebell Swing",  // kettlebell_swing
        24: "Glute Bridge",  // marching_hip_raise
        25: "Glute Bridge",  // weighted_marching_hip_raise
        26: "Glute Bridge",  // marching_hip_raise_with_feet_on_a_swiss_ball
        27: "Glute Bridge",  // weighted_marching_hip_raise_with_feet_on_a_swiss_ball
        28: "Reverse Hyperextension",  // reverse_hip_raise
        29: "Reverse Hyperextension",  // weighted_reverse_hip_raise
        30: "Single Leg Glute Bridge",  // single_leg_hip_raise
        31: "Single Leg Glute Bridge",  // weighted_single_leg_hip_raise
        32: "Single Leg Glute Bridge",  // single_leg_hip_raise_with_foot_on_bench
        33: "Single Leg Glute Bridge",  // weighted_single_leg_hip_raise_with_foot_on_bench
        34: "Single Leg Glute Bridge",  // single_leg_hip_raise_with_foot_on_bosu_ball
        35: "Single Leg Glute Bridge",  // weighted_single_leg_hip_raise_with_foot_on_bosu_ball
        36: "Single Leg Glute Bridge",  // single_leg_hip_raise_with_foot_on_foam_roller
        37: "Single Leg Glute Bridge",  // weighted_single_leg_hip_raise_with_foot_on_foam_roller
        38: "Single Leg Glute Bridge",  // single_leg_hip_raise_with_foot_on_medicine_ball
        39: "Single Leg Glute Bridge",  // weighted_single_leg_hip_raise_with_foot_on_medicine_ball
        40: "Single Leg Glute Bridge",  // single_leg_hip_raise_with_head_on_bosu_ball
        41: "Single Leg Glute Bridge",  // weighted_single_leg_hip_raise_with_head_on_bosu_ball
        42: "Glute Bridge",  // weighted_clam_bridge
        43: "Stability Ball Leg Curl",  // single_leg_swiss_ball_hip_raise_and_leg_curl
        44: "Clamshell",  // clams
        45: "Hip Adductor (Machine)",  // inner_thigh_circles
        46: "Hip Adductor (Machine)",  // inner_thigh_side_lift
        47: "Hip Circles",  // leg_circles
        48: "Side Lying Hip Abduction",  // leg_lift
        49: "Side Lying Hip Abduction",  // leg_lift_in_external_rotation
    ]

    /// `hip_stability_exercise_name`
    private static let hipStability: [UInt16: String] = [
        0: "Side Lying Hip Abduction",  // band_side_lying_leg_raise
        1: "Dead Bug",  // dead_bug
        2: "Dead Bug",  // weighted_dead_bug
        3: "Clamshell",  // external_hip_raise
        4: "Clamshell",  // weighted_external_hip_raise
        5: "Fire Hydrant",  // fire_hydrant_kicks
        6: "Fire Hydrant",  // weighted_fire_hydrant_kicks
        7: "Hip Circles",  // hip_circles
        8: "Hip Circles",  // weighted_hip_circles
        9: "Hip Adductor (Machine)",  // inner_thigh_lift
        10: "Hip Adductor (Machine)",  // weighted_inner_thigh_lift
        11: "Lateral Band Walk",  // lateral_walks_with_band_at_ankles
        12: "Side Lying Hip Abduction",  // pretzel_side_kick
        13: "Side Lying Hip Abduction",  // weighted_pretzel_side_kick
        14: "Hip Circles",  // prone_hip_internal_rotation
        15: "Hip Circles",  // weighted_prone_hip_internal_rotation
        16: "Glute Kickback (Cable)",  // quadruped
        17: "Glute Kickback (Cable)",  // quadruped_hip_extension
        18: "Glute Kickback (Cable)",  // weighted_quadruped_hip_extension
        19: "Glute Kickback (Cable)",  // quadruped_with_leg_lift
        20: "Glute Kickback (Cable)",  // weighted_quadruped_with_leg_lift
        21: "Side Lying Hip Abduction",  // side_lying_leg_raise
        22: "Side Lying Hip Abduction",  // weighted_side_lying_leg_raise
        23: "Hip Adductor (Machine)",  // sliding_hip_adduction
        24: "Hip Adductor (Machine)",  // weighted_sliding_hip_adduction
        25: "Hip Adductor (Machine)",  // standing_adduction
        26: "Hip Adductor (Machine)",  // weighted_standing_adduction
        27: "Hip Abduction (Cable)",  // standing_cable_hip_abduction
        28: "Hip Abduction (Cable)",  // standing_hip_abduction
        29: "Hip Abduction (Cable)",  // weighted_standing_hip_abduction
        30: "Glute Kickback (Cable)",  // standing_rear_leg_raise
        31: "Glute Kickback (Cable)",  // weighted_standing_rear_leg_raise
        32: "Hip Circles",  // supine_hip_internal_rotation
        33: "Hip Circles",  // weighted_supine_hip_internal_rotation
        34: "Butterfly Stretch",  // lying_abduction_stretch
    ]

    /// `hip_swing_exercise_name`
    private static let hipSwing: [UInt16: String] = [
        0: "Kettlebell Swing",  // single_arm_kettlebell_swing
        1: "Kettlebell Swing",  // single_arm_dumbbell_swing
        2: "Kettlebell Swing",  // step_out_swing
        3: "Kettlebell Swing",  // one_arm_swing
    ]

    /// `hyperextension_exercise_name`
    private static let hyperextension: [UInt16: String] = [
        0: "Bird Dog",  // back_extension_with_opposite_arm_and_leg_reach
        1: "Bird Dog",  // weighted_back_extension_with_opposite_arm_and_leg_reach
        2: "Russian Twist",  // base_rotations
        3: "Russian Twist",  // weighted_base_rotations
        4: "Reverse Hyperextension",  // bent_knee_reverse_hyperextension
        5: "Reverse Hyperextension",  // weighted_bent_knee_reverse_hyperextension
        6: "Hollow Body Hold",  // hollow_hold_and_roll
        7: "Hollow Body Hold",  // weighted_hollow_hold_and_roll
        8: "Glute Kickback (Cable)",  // kicks
        9: "Glute Kickback (Cable)",  // weighted_kicks
        10: "Knee Raise (Captain's Chair)",  // knee_raises
        11: "Knee Raise (Captain's Chair)",  // weighted_knee_raises
        12: "Superman",  // kneeling_superman
        13: "Superman",  // weighted_kneeling_superman
        14: "Lat Pulldown (Cable)",  // lat_pull_down_with_row
        15: "Single Leg Romanian Deadlift (Dumbbell)",  // medicine_ball_deadlift_to_reach
        16: "Bent Over One Arm Row (Dumbbell)",  // one_arm_one_leg_row
        17: "Bent Over One Arm Row (Dumbbell)",  // one_arm_row_with_band
        18: "Lunge (Dumbbell)",  // overhead_lunge_with_medicine_ball
        19: "Mountain Climber",  // plank_knee_tucks
        20: "Mountain Climber",  // weighted_plank_knee_tucks
        21: "Lateral Band Walk",  // side_step
        22: "Lateral Band Walk",  // weighted_side_step
        23: "Back Extension",  // single_leg_back_extension
        24: "Back Extension",  // weighted_single_leg_back_extension
        25: "Back Extension",  // spine_extension
        26: "Back Extension",  // weighted_spine_extension
        27: "Back Extension",  // static_back_extension
        28: "Back Extension",  // weighted_static_back_extension
        29: "Superman",  // superman_from_floor
        30: "Superman",  // weighted_superman_from_floor
        31: "Back Extension",  // swiss_ball_back_extension
        32: "Back Extension",  // weighted_swiss_ball_back_extension
        33: "Back Extension",  // swiss_ball_hyperextension
        34: "Back Extension",  // weighted_swiss_ball_hyperextension
        35: "Bird Dog",  // swiss_ball_opposite_arm_and_leg_lift
        36: "Bird Dog",  // weighted_swiss_ball_opposite_arm_and_leg_lift
        37: "Superman",  // superman_on_swiss_ball
        38: "Cobra Stretch",  // cobra
        39: "Yoga",  // supine_floor_barre
    ]

    /// `leg_curl_exercise_name`
    private static let legCurl: [UInt16: String] = [
        0: "Lying Leg Curl (Machine)",  // leg_curl
        1: "Lying Leg Curl (Machine)",  // weighted_leg_curl
        2: "Good Morning (Barbell)",  // good_morning
        3: "Good Morning (Barbell)",  // seated_barbell_good_morning
        4: "Good Morning (Barbell)",  // single_leg_barbell_good_morning
        5: "Stability Ball Leg Curl",  // single_leg_sliding_leg_curl
        6: "Stability Ball Leg Curl",  // sliding_leg_curl
        7: "Good Morning (Barbell)",  // split_barbell_good_morning
        8: "Good Morning (Barbell)",  // split_stance_extension
        9: "Good Morning (Barbell)",  // staggered_stance_good_morning
        10: "Stability Ball Leg Curl",  // swiss_ball_hip_raise_and_leg_curl
        11: "Good Morning (Barbell)",  // zercher_good_morning
        12: "Good Morning (Barbell)",  // band_good_morning
        13: "Good Morning (Barbell)",  // bar_good_morning
    ]

    /// `leg_raise_exercise_name`
    private static let legRaise: [UInt16: String] = [
        0: "Knee Raise (Captain's Chair)",  // hanging_knee_raise
        1: "Hanging Leg Raise",  // hanging_leg_raise
        2: "Hanging Leg Raise",  // weighted_hanging_leg_raise
        3: "Hanging Leg Raise",  // hanging_single_leg_raise
        4: "Hanging Leg Raise",  // weighted_hanging_single_leg_raise
        5: "Leg Raise",  // kettlebell_leg_raises
        6: "Leg Raise",  // leg_lowering_drill
        7: "Leg Raise",  // weighted_leg_lowering_drill
        8: "Leg Raise",  // lying_straight_leg_raise
        9: "Leg Raise",  // weighted_lying_straight_leg_raise
        10: "Leg Raise",  // medicine_ball_leg_drops
        11: "Glute Kickback (Cable)",  // quadruped_leg_raise
        12: "Glute Kickback (Cable)",  // weighted_quadruped_leg_raise
        13: "Glute Kickback (Cable)",  // reverse_leg_raise
        14: "Glute Kickback (Cable)",  // weighted_reverse_leg_raise
        15: "Glute Kickback (Cable)",  // reverse_leg_raise_on_swiss_ball
        16: "Glute Kickback (Cable)",  // weighted_reverse_leg_raise_on_swiss_ball
        17: "Leg Raise",  // single_leg_lowering_drill
        18: "Leg Raise",  // weighted_single_leg_lowering_drill
        19: "Knee Raise (Captain's Chair)",  // weighted_hanging_knee_raise
        20: "Lateral Band Walk",  // lateral_stepover
        21: "Lateral Band Walk",  // weighted_lateral_stepover
    ]

    /// `lunge_exercise_name`
    private static let lunge: [UInt16: String] = [
        0: "Lunge (Dumbbell)",  // overhead_lunge
        1: "Lunge (Dumbbell)",  // lunge_matrix
        2: "Lunge (Dumbbell)",  // weighted_lunge_matrix
        3: "Lunge (Barbell)",  // alternating_barbell_forward_lunge
        4: "Lunge (Dumbbell)",  // alternating_dumbbell_lunge_with_reach
        5: "Bulgarian Split Squat",  // back_foot_elevated_dumbbell_split_squat
        6: "Lunge (Barbell)",  // barbell_box_lunge
        7: "Bulgarian Split Squat",  // barbell_bulgarian_split_squat
        8: "Curtsy Lunge",  // barbell_crossover_lunge
        9: "Split Squat",  // barbell_front_split_squat
        10: "Lunge (Barbell)",  // barbell_lunge
        11: "Reverse Lunge",  // barbell_reverse_lunge
        12: "Lateral Lunge",  // barbell_side_lunge
        13: "Split Squat",  // barbell_split_squat
        14: "Reverse Lunge",  // core_control_rear_lunge
        15: "Lunge (Dumbbell)",  // diagonal_lunge
        16: "Lunge (Dumbbell)",  // drop_lunge
        17: "Lunge (Dumbbell)",  // dumbbell_box_lunge
        18: "Bulgarian Split Squat",  // dumbbell_bulgarian_split_squat
        19: "Curtsy Lunge",  // dumbbell_crossover_lunge
        20: "Lunge (Dumbbell)",  // dumbbell_diagonal_lunge
        21: "Lunge (Dumbbell)",  // dumbbell_lunge
        22: "Lunge (Dumbbell)",  // dumbbell_lunge_and_rotation
        23: "Bulgarian Split Squat",  // dumbbell_overhead_bulgarian_split_squat
        24: "Reverse Lunge",  // dumbbell_reverse_lunge_to_high_knee_and_press
        25: "Lateral Lunge",  // dumbbell_side_lunge
        26: "Split Squat",  // elevated_front_foot_barbell_split_squat
        27: "Split Squat",  // front_foot_elevated_dumbbell_split_squat
        28: "Lunge (Dumbbell)",  // gunslinger_lunge
        29: "Lunge (Dumbbell)",  // lawnmower_lunge
        30: "Lunge (Dumbbell)",  // low_lunge_with_isometric_adduction
        31: "Lateral Lunge",  // low_side_to_side_lunge
        32: "Lunge (Dumbbell)",  // lunge
        33: "Lunge (Dumbbell)",  // weighted_lunge
        34: "Lunge (Dumbbell)",  // lunge_with_arm_reach
        35: "Lunge (Dumbbell)",  // lunge_with_diagonal_reach
        36: "Lunge (Dumbbell)",  // lunge_with_side_bend
        37: "Lunge (Dumbbell)",  // offset_dumbbell_lunge
        38: "Reverse Lunge",  // offset_dumbbell_reverse_lunge
        39: "Bulgarian Split Squat",  // overhead_bulgarian_split_squat
        40: "Reverse Lunge",  // overhead_dumbbell_reverse_lunge
        41: "Split Squat",  // overhead_dumbbell_split_squat
        42: "Lunge (Dumbbell)",  // overhead_lunge_with_rotation
        43: "Reverse Lunge",  // reverse_barbell_box_lunge
        44: "Reverse Lunge",  // reverse_box_lunge
        45: "Reverse Lunge",  // reverse_dumbbell_box_lunge
        46: "Curtsy Lunge",  // reverse_dumbbell_crossover_lunge
        47: "Reverse Lunge",  // reverse_dumbbell_diagonal_lunge
        48: "Reverse Lunge",  // reverse_lunge_with_reach_back
        49: "Reverse Lunge",  // weighted_reverse_lunge_with_reach_back
        50: "Reverse Lunge",  // reverse_lunge_with_twist_and_overhead_reach
        51: "Reverse Lunge",  // weighted_reverse_lunge_with_twist_and_overhead_reach
        52: "Reverse Lunge",  // reverse_sliding_box_lunge
        53: "Reverse Lunge",  // weighted_reverse_sliding_box_lunge
        54: "Reverse Lunge",  // reverse_sliding_lunge
        55: "Reverse Lunge",  // weighted_reverse_sliding_lunge
        56: "Lunge (Dumbbell)",  // runners_lunge_to_balance
        57: "Lunge (Dumbbell)",  // weighted_runners_lunge_to_balance
        58: "Lateral Lunge",  // shifting_side_lunge
        59: "Curtsy Lunge",  // side_and_crossover_lunge
        60: "Curtsy Lunge",  // weighted_side_and_crossover_lunge
        61: "Lateral Lunge",  // side_lunge
        62: "Lateral Lunge",  // weighted_side_lunge
        63: "Lateral Lunge",  // side_lunge_and_press
        64: "Lateral Lunge",  // side_lunge_jump_off
        65: "Lateral Lunge",  // side_lunge_sweep
        66: "Lateral Lunge",  // weighted_side_lunge_sweep
        67: "Curtsy Lunge",  // side_lunge_to_crossover_tap
        68: "Curtsy Lunge",  // weighted_side_lunge_to_crossover_tap
        69: "Lateral Lunge",  // side_to_side_lunge_chops
        70: "Lateral Lunge",  // weighted_side_to_side_lunge_chops
        71: "Jumping Lunge",  // siff_jump_lunge
        72: "Jumping Lunge",  // weighted_siff_jump_lunge
        73: "Reverse Lunge",  // single_arm_reverse_lunge_and_press
        74: "Lateral Lunge",  // sliding_lateral_lunge
        75: "Lateral Lunge",  // weighted_sliding_lateral_lunge
        76: "Walking Lunge",  // walking_barbell_lunge
        77: "Walking Lunge",  // walking_dumbbell_lunge
        78: "Walking Lunge",  // walking_lunge
        79: "Walking Lunge",  // weighted_walking_lunge
        80: "Split Squat",  // wide_grip_overhead_barbell_split_squat
        81: "Lunge (Dumbbell)",  // alternating_dumbbell_lunge
        82: "Reverse Lunge",  // dumbbell_reverse_lunge
        83: "Lunge (Dumbbell)",  // overhead_dumbbell_lunge
        84: "Jumping Lunge",  // scissor_power_switch
        85: "Walking Lunge",  // dumbbell_overhead_walking_lunge
        86: "Curtsy Lunge",  // curtsy_lunge
        87: "Curtsy Lunge",  // weighted_curtsy_lunge
        88: "Lateral Lunge",  // weighted_shifting_side_lunge
        89: "Lateral Lunge",  // weighted_side_lunge_and_press
        90: "Lateral Lunge",  // weighted_side_lunge_jump_off
    ]

    /// `olympic_lift_exercise_name`
    private static let olympicLift: [UInt16: String] = [
        0: "Power Clean",  // barbell_hang_power_clean
        1: "Power Clean",  // barbell_hang_squat_clean
        2: "Power Clean",  // barbell_power_clean
        3: "Snatch (Barbell)",  // barbell_power_snatch
        4: "Power Clean",  // barbell_squat_clean
        5: "Clean and Jerk (Barbell)",  // clean_and_jerk
        6: "Snatch (Barbell)",  // barbell_hang_power_snatch
        7: "Deadlift High Pull (Barbell)",  // barbell_hang_pull
        8: "Deadlift High Pull (Barbell)",  // barbell_high_pull
        9: "Snatch (Barbell)",  // barbell_snatch
        10: "Split Jerk (Barbell)",  // barbell_split_jerk
        11: "Power Clean",  // clean
        12: "Power Clean",  // dumbbell_clean
        13: "Deadlift High Pull (Barbell)",  // dumbbell_hang_pull
        14: "Snatch (Barbell)",  // one_hand_dumbbell_split_snatch
        15: "Split Jerk (Barbell)",  // push_jerk
        16: "Snatch (Barbell)",  // single_arm_dumbbell_snatch
        17: "Snatch (Barbell)",  // single_arm_hang_snatch
        18: "Snatch (Barbell)",  // single_arm_kettlebell_snatch
        19: "Split Jerk (Barbell)",  // split_jerk
        20: "Clean and Jerk (Barbell)",  // squat_clean_and_jerk
        21: "Snatch (Barbell)",  // dumbbell_hang_snatch
        22: "Clean and Jerk (Barbell)",  // dumbbell_power_clean_and_jerk
        23: "Clean and Jerk (Barbell)",  // dumbbell_power_clean_and_push_press
        24: "Clean and Jerk (Barbell)",  // dumbbell_power_clean_and_strict_press
        25: "Snatch (Barbell)",  // dumbbell_snatch
        26: "Power Clean",  // medicine_ball_clean
        27: "Clean and Jerk (Barbell)",  // clean_and_press
        28: "Snatch (Barbell)",  // snatch
    ]

    /// `plank_exercise_name`
    private static let plank: [UInt16: String] = [
        0: "Plank",  // 45_degree_plank
        1: "Plank",  // weighted_45_degree_plank
        2: "Plank",  // 90_degree_static_hold
        3: "Plank",  // weighted_90_degree_static_hold
        4: "Bear Crawl",  // bear_crawl
        5: "Bear Crawl",  // weighted_bear_crawl
        6: "Mountain Climber",  // cross_body_mountain_climber
        7: "Mountain Climber",  // weighted_cross_body_mountain_climber
        8: "V Up",  // elbow_plank_pike_jacks
        9: "V Up",  // weighted_elbow_plank_pike_jacks
        10: "Plank",  // elevated_feet_plank
        11: "Plank",  // weighted_elevated_feet_plank
        12: "Plank",  // elevator_abs
        13: "Plank",  // weighted_elevator_abs
        14: "Plank",  // extended_plank
        15: "Plank",  // weighted_extended_plank
        16: "Mountain Climber",  // full_plank_passe_twist
        17: "Mountain Climber",  // weighted_full_plank_passe_twist
        18: "Plank",  // inching_elbow_plank
        19: "Plank",  // weighted_inching_elbow_plank
        20: "Side Plank",  // inchworm_to_side_plank
        21: "Side Plank",  // weighted_inchworm_to_side_plank
        22: "Plank",  // kneeling_plank
        23: "Plank",  // weighted_kneeling_plank
        24: "Side Plank with Hip Abduction",  // kneeling_side_plank_with_leg_lift
        25: "Side Plank with Hip Abduction",  // weighted_kneeling_side_plank_with_leg_lift
        26: "Side Plank",  // lateral_roll
        27: "Side Plank",  // weighted_lateral_roll
        28: "Reverse Plank",  // lying_reverse_plank
        29: "Reverse Plank",  // weighted_lying_reverse_plank
        30: "Mountain Climber",  // medicine_ball_mountain_climber
        31: "Mountain Climber",  // weighted_medicine_ball_mountain_climber
        32: "Mountain Climber",  // modified_mountain_climber_and_extension
        33: "Mountain Climber",  // weighted_modified_mountain_climber_and_extension
        34: "Mountain Climber",  // mountain_climber
        35: "Mountain Climber",  // weighted_mountain_climber
        36: "Mountain Climber",  // mountain_climber_on_sliding_discs
        37: "Mountain Climber",  // weighted_mountain_climber_on_sliding_discs
        38: "Mountain Climber",  // mountain_climber_with_feet_on_bosu_ball
        39: "Mountain Climber",  // weighted_mountain_climber_with_feet_on_bosu_ball
        40: "Mountain Climber",  // mountain_climber_with_hands_on_bench
        41: "Mountain Climber",  // mountain_climber_with_hands_on_swiss_ball
        42: "Mountain Climber",  // weighted_mountain_climber_with_hands_on_swiss_ball
        43: "Plank",  // plank
        44: "Plank",  // plank_jacks_with_feet_on_sliding_discs
        45: "Plank",  // weighted_plank_jacks_with_feet_on_sliding_discs
        46: "Mountain Climber",  // plank_knee_twist
        47: "Mountain Climber",  // weighted_plank_knee_twist
        48: "V Up",  // plank_pike_jumps
        49: "V Up",  // weighted_plank_pike_jumps
        50: "V Up",  // plank_pikes
        51: "V Up",  // weighted_plank_pikes
        52: "Burpee",  // plank_to_stand_up
        53: "Burpee",  // weighted_plank_to_stand_up
        54: "Plank",  // plank_with_arm_raise
        55: "Plank",  // weighted_plank_with_arm_raise
        56: "Mountain Climber",  // plank_with_knee_to_elbow
        57: "Mountain Climber",  // weighted_plank_with_knee_to_elbow
        58: "Plank",  // plank_with_oblique_crunch
        59: "Plank",  // weighted_plank_with_oblique_crunch
        60: "Side Plank",  // plyometric_side_plank
        61: "Side Plank",  // weighted_plyometric_side_plank
        62: "Side Plank",  // rolling_side_plank
        63: "Side Plank",  // weighted_rolling_side_plank
        64: "Side Plank with Hip Abduction",  // side_kick_plank
        65: "Side Plank with Hip Abduction",  // weighted_side_kick_plank
        66: "Side Plank",  // side_plank
        67: "Side Plank",  // weighted_side_plank
        68: "Side Plank",  // side_plank_and_row
        69: "Side Plank",  // weighted_side_plank_and_row
        70: "Side Plank with Hip Abduction",  // side_plank_lift
        71: "Side Plank with Hip Abduction",  // weighted_side_plank_lift
        72: "Side Plank",  // side_plank_with_elbow_on_bosu_ball
        73: "Side Plank",  // weighted_side_plank_with_elbow_on_bosu_ball
        74: "Side Plank",  // side_plank_with_feet_on_bench
        75: "Side Plank",  // weighted_side_plank_with_feet_on_bench
        76: "Side Plank",  // side_plank_with_knee_circle
        77: "Side Plank",  // weighted_side_plank_with_knee_circle
        78: "Side Plank",  // side_plank_with_knee_tuck
        79: "Side Plank",  // weighted_side_plank_with_knee_tuck
        80: "Side Plank with Hip Abduction",  // side_plank_with_leg_lift
        81: "Side Plank with Hip Abduction",  // weighted_side_plank_with_leg_lift
        82: "Side Plank",  // side_plank_with_reach_under
        83: "Side Plank",  // weighted_side_plank_with_reach_under
        84: "Plank",  // single_leg_elevated_feet_plank
        85: "Plank",  // weighted_single_leg_elevated_feet_plank
        86: "Plank",  // single_leg_flex_and_extend
        87: "Plank",  // weighted_single_leg_flex_and_extend
        88: "Side Plank",  // single_leg_side_plank
        89: "Side Plank",  // weighted_single_leg_side_plank
        90: "Mountain Climber",  // spiderman_plank
        91: "Mountain Climber",  // weighted_spiderman_plank
        92: "Plank",  // straight_arm_plank
        93: "Plank",  // weighted_straight_arm_plank
        94: "Plank",  // straight_arm_plank_with_shoulder_touch
        95: "Plank",  // weighted_straight_arm_plank_with_shoulder_touch
        96: "Plank",  // swiss_ball_plank
        97: "Plank",  // weighted_swiss_ball_plank
        98: "Plank with Leg Lift",  // swiss_ball_plank_leg_lift
        99: "Plank with Leg Lift",  // weighted_swiss_ball_plank_leg_lift
        100: "Plank with Leg Lift",  // swiss_ball_plank_leg_lift_and_hold
        101: "Plank",  // swiss_ball_plank_with_feet_on_bench
        102: "Plank",  // weighted_swiss_ball_plank_with_feet_on_bench
        103: "V Up",  // swiss_ball_prone_jackknife
        104: "V Up",  // weighted_swiss_ball_prone_jackknife
        105: "Side Plank",  // swiss_ball_side_plank
        106: "Side Plank",  // weighted_swiss_ball_side_plank
        107: "Side Plank",  // three_way_plank
        108: "Side Plank",  // weighted_three_way_plank
        109: "Mountain Climber",  // towel_plank_and_knee_in
        110: "Mountain Climber",  // weighted_towel_plank_and_knee_in
        111: "Side Plank",  // t_stabilization
        112: "Side Plank",  // weighted_t_stabilization
        113: "Side Plank",  // turkish_get_up_to_side_plank
        114: "Side Plank",  // weighted_turkish_get_up_to_side_plank
        115: "Plank with Leg Lift",  // two_point_plank
        116: "Plank with Leg Lift",  // weighted_two_point_plank
        117: "Plank",  // weighted_plank
        118: "Plank",  // wide_stance_plank_with_diagonal_arm_lift
        119: "Plank",  // weighted_wide_stance_plank_with_diagonal_arm_lift
        120: "Plank with Leg Lift",  // wide_stance_plank_with_diagonal_leg_lift
        121: "Plank with Leg Lift",  // weighted_wide_stance_plank_with_diagonal_leg_lift
        122: "Plank with Leg Lift",  // wide_stance_plank_with_leg_lift
        123: "Plank with Leg Lift",  // weighted_wide_stance_plank_with_leg_lift
        124: "Plank with Leg Lift",  // wide_stance_plank_with_opposite_arm_and_leg_lift
        125: "Mountain Climber",  // weighted_mountain_climber_with_hands_on_bench
        126: "Plank with Leg Lift",  // weighted_swiss_ball_plank_leg_lift_and_hold
        127: "Plank with Leg Lift",  // weighted_wide_stance_plank_with_opposite_arm_and_leg_lift
        128: "Plank",  // plank_with_feet_on_swiss_ball
        129: "Side Plank",  // side_plank_to_plank_with_reach_under
        130: "Single Leg Glute Bridge",  // bridge_with_glute_lower_lift
        131: "Single Leg Glute Bridge",  // bridge_one_leg_bridge
        132: "Plank",  // plank_with_arm_variations
        133: "Plank with Leg Lift",  // plank_with_leg_lift
        134: "Reverse Plank",  // reverse_plank_with_leg_pull
        135: "Burpee",  // ring_plank_sprawls
    ]

    /// `plyo_exercise_name`
    private static let plyo: [UInt16: String] = [
        0: "Jumping Lunge",  // alternating_jump_lunge
        1: "Jumping Lunge",  // weighted_alternating_jump_lunge
        2: "Jump Squat",  // barbell_jump_squat
        3: "Jump Squat",  // body_weight_jump_squat
        4: "Jump Squat",  // weighted_jump_squat
        5: "Psoas March",  // cross_knee_strike
        6: "Psoas March",  // weighted_cross_knee_strike
        7: "Jump Squat",  // depth_jump
        8: "Jump Squat",  // weighted_depth_jump
        9: "Jump Squat",  // dumbbell_jump_squat
        10: "Jumping Lunge",  // dumbbell_split_jump
        11: "Psoas March",  // front_knee_strike
        12: "Psoas March",  // weighted_front_knee_strike
        13: "Jump Squat",  // high_box_jump
        14: "Jump Squat",  // weighted_high_box_jump
        15: "Jump Squat",  // isometric_explosive_body_weight_jump_squat
        16: "Jump Squat",  // weighted_isometric_explosive_jump_squat
        17: "Jump Squat",  // lateral_leap_and_hop
        18: "Jump Squat",  // weighted_lateral_leap_and_hop
        19: "Jump Squat",  // lateral_plyo_squats
        20: "Jump Squat",  // weighted_lateral_plyo_squats
        21: "Lateral Lunge",  // lateral_slide
        22: "Lateral Lunge",  // weighted_lateral_slide
        23: "Ball Slams",  // medicine_ball_overhead_throws
        24: "Ball Slams",  // medicine_ball_side_throw
        25: "Ball Slams",  // medicine_ball_slam
        26: "Ball Slams",  // side_to_side_medicine_ball_throws
        27: "Jump Squat",  // side_to_side_shuffle_jump
        28: "Jump Squat",  // weighted_side_to_side_shuffle_jump
        29: "Jump Squat",  // squat_jump_onto_box
        30: "Jump Squat",  // weighted_squat_jump_onto_box
        31: "Jump Squat",  // squat_jumps_in_and_out
        32: "Jump Squat",  // weighted_squat_jumps_in_and_out
        33: "Jump Squat",  // box_jump
        34: "Jump Squat",  // box_jump_overs
        35: "Jump Squat",  // box_jump_overs_over_the_box
        36: "Jump Squat",  // star_jump_squats
        37: "Jump Squat",  // jump_squat
    ]

    /// `sit_up_exercise_name`
    private static let sitUp: [UInt16: String] = [
        0: "Sit Up",  // alternating_sit_up
        1: "Sit Up",  // weighted_alternating_sit_up
        2: "V Up",  // bent_knee_v_up
        3: "V Up",  // weighted_bent_knee_v_up
        4: "Sit Up",  // butterfly_sit_up
        5: "Sit Up",  // weighted_butterfly_situp
        6: "Crunch",  // cross_punch_roll_up
        7: "Crunch",  // weighted_cross_punch_roll_up
        8: "Sit Up",  // crossed_arms_sit_up
        9: "Sit Up",  // weighted_crossed_arms_sit_up
        10: "Sit Up",  // get_up_sit_up
        11: "Sit Up",  // weighted_get_up_sit_up
        12: "Sit Up",  // hovering_sit_up
        13: "Sit Up",  // weighted_hovering_sit_up
        14: "Sit Up",  // kettlebell_sit_up
        15: "V Up",  // medicine_ball_alternating_v_up
        16: "Sit Up",  // medicine_ball_sit_up
        17: "V Up",  // medicine_ball_v_up
        18: "Sit Up",  // modified_sit_up
        19: "Sit Up",  // negative_sit_up
        20: "Sit Up",  // one_arm_full_sit_up
        21: "Crunch",  // reclining_circle
        22: "Crunch",  // weighted_reclining_circle
        23: "Crunch",  // reverse_curl_up
        24: "Crunch",  // weighted_reverse_curl_up
        25: "V Up",  // single_leg_swiss_ball_jackknife
        26: "V Up",  // weighted_single_leg_swiss_ball_jackknife
        27: "V Up",  // the_teaser
        28: "V Up",  // the_teaser_weighted
        29: "Crunch",  // three_part_roll_down
        30: "Crunch",  // weighted_three_part_roll_down
        31: "V Up",  // v_up
        32: "V Up",  // weighted_v_up
        33: "Russian Twist",  // weighted_russian_twist_on_swiss_ball
        34: "Sit Up",  // weighted_sit_up
        35: "V Up",  // x_abs
        36: "V Up",  // weighted_x_abs
        37: "Sit Up",  // sit_up
        38: "Sit Up",  // ghd_sit_ups
        39: "Turkish Get Up",  // sit_up_turkish_get_up
        40: "Russian Twist",  // russian_twist_on_swiss_ball
    ]

    /// `squat_exercise_name`
    private static let squat: [UInt16: String] = [
        0: "Leg Press",  // leg_press
        1: "Squat (Barbell)",  // back_squat_with_body_bar
        2: "Squat (Barbell)",  // back_squats
        3: "Squat (Barbell)",  // weighted_back_squats
        4: "Squat (Bodyweight)",  // balancing_squat
        5: "Squat (Bodyweight)",  // weighted_balancing_squat
        6: "Squat (Barbell)",  // barbell_back_squat
        7: "Box Squat (Barbell)",  // barbell_box_squat
        8: "Front Squat (Barbell)",  // barbell_front_squat
        9: "Hack Squat",  // barbell_hack_squat
        10: "Snatch (Barbell)",  // barbell_hang_squat_snatch
        11: "Step Up",  // barbell_lateral_step_up
        12: "Squat (Barbell)",  // barbell_quarter_squat
        13: "Squat (Barbell)",  // barbell_siff_squat
        14: "Snatch (Barbell)",  // barbell_squat_snatch
        15: "Squat (Barbell)",  // barbell_squat_with_heels_raised
        16: "Step Up",  // barbell_stepover
        17: "Step Up",  // barbell_step_up
        18: "Squat (Bodyweight)",  // bench_squat_with_rotational_chop
        19: "Squat (Bodyweight)",  // weighted_bench_squat_with_rotational_chop
        20: "Wall Sit",  // body_weight_wall_squat
        21: "Wall Sit",  // weighted_wall_squat
        22: "Squat (Bodyweight)",  // box_step_squat
        23: "Squat (Bodyweight)",  // weighted_box_step_squat
        24: "Squat (Bodyweight)",  // braced_squat
        25: "Front Squat (Barbell)",  // crossed_arm_barbell_front_squat
        26: "Step Up",  // crossover_dumbbell_step_up
        27: "Front Squat (Barbell)",  // dumbbell_front_squat
        28: "Split Squat",  // dumbbell_split_squat
        29: "Goblet Squat",  // dumbbell_squat
        30: "Power Clean",  // dumbbell_squat_clean
        31: "Step Up",  // dumbbell_stepover
        32: "Step Up",  // dumbbell_step_up
        33: "Pistol Squat",  // elevated_single_leg_squat
        34: "Pistol Squat",  // weighted_elevated_single_leg_squat
        35: "Squat (Bodyweight)",  // figure_four_squats
        36: "Squat (Bodyweight)",  // weighted_figure_four_squats
        37: "Goblet Squat",  // goblet_squat
        38: "Goblet Squat",  // kettlebell_squat
        39: "Kettlebell Swing",  // kettlebell_swing_overhead
        40: "Kettlebell Swing",  // kettlebell_swing_with_flip_to_squat
        41: "Step Up",  // lateral_dumbbell_step_up
        42: "Pistol Squat",  // one_legged_squat
        43: "Overhead Squat",  // overhead_dumbbell_squat
        44: "Overhead Squat",  // overhead_squat
        45: "Pistol Squat",  // partial_single_leg_squat
        46: "Pistol Squat",  // weighted_partial_single_leg_squat
        47: "Pistol Squat",  // pistol_squat
        48: "Pistol Squat",  // weighted_pistol_squat
        49: "Sumo Squat",  // plie_slides
        50: "Sumo Squat",  // weighted_plie_slides
        51: "Sumo Squat",  // plie_squat
        52: "Sumo Squat",  // weighted_plie_squat
        53: "Squat (Bodyweight)",  // prisoner_squat
        54: "Squat (Bodyweight)",  // weighted_prisoner_squat
        55: "Pistol Squat",  // single_leg_bench_get_up
        56: "Pistol Squat",  // weighted_single_leg_bench_get_up
        57: "Pistol Squat",  // single_leg_bench_squat
        58: "Pistol Squat",  // weighted_single_leg_bench_squat
        59: "Pistol Squat",  // single_leg_squat_on_swiss_ball
        60: "Pistol Squat",  // weighted_single_leg_squat_on_swiss_ball
        61: "Squat (Bodyweight)",  // squat
        62: "Squat (Bodyweight)",  // weighted_squat
        63: "Squat (Bodyweight)",  // squats_with_band
        64: "Split Squat",  // staggered_squat
        65: "Split Squat",  // weighted_staggered_squat
        66: "Step Up",  // step_up
        67: "Step Up",  // weighted_step_up
        68: "Goblet Squat",  // suitcase_squats
        69: "Sumo Squat",  // sumo_squat
        70: "Sumo Squat",  // sumo_squat_slide_in
        71: "Sumo Squat",  // weighted_sumo_squat_slide_in
        72: "Deadlift High Pull (Barbell)",  // sumo_squat_to_high_pull
        73: "Sumo Squat",  // sumo_squat_to_stand
        74: "Sumo Squat",  // weighted_sumo_squat_to_stand
        75: "Sumo Squat",  // sumo_squat_with_rotation
        76: "Sumo Squat",  // weighted_sumo_squat_with_rotation
        77: "Wall Sit",  // swiss_ball_body_weight_wall_squat
        78: "Wall Sit",  // weighted_swiss_ball_wall_squat
        79: "Squat to Press (Dumbbell)",  // thrusters
        80: "Split Squat",  // uneven_squat
        81: "Split Squat",  // weighted_uneven_squat
        82: "Squat (Bodyweight)",  // waist_slimming_squat
        83: "Squat to Press (Dumbbell)",  // wall_ball
        84: "Sumo Squat",  // wide_stance_barbell_squat
        85: "Sumo Squat",  // wide_stance_goblet_squat
        86: "Front Squat (Barbell)",  // zercher_squat
        87: "Kettlebell Swing",  // kbs_overhead
        88: "Squat (Bodyweight)",  // squat_and_side_kick
        89: "Jump Squat",  // squat_jumps_in_n_out
        90: "Sumo Squat",  // pilates_plie_squats_parallel_turned_out_flat_and_heels
        91: "Squat (Bodyweight)",  // releve_straight_leg_and_knee_bent_with_one_leg_variation
        92: "Step Up",  // alternating_box_dumbbell_step_ups
        93: "Overhead Squat",  // dumbbell_overhead_squat_single_arm
        94: "Snatch (Barbell)",  // dumbbell_squat_snatch
        95: "Goblet Squat",  // medicine_ball_squat
        97: "Squat to Press (Dumbbell)",  // wall_ball_squat_and_press
        98: "Kettlebell Swing",  // squat_american_swing
        100: "Squat (Bodyweight)",  // air_squat
        101: "Squat to Press (Dumbbell)",  // dumbbell_thrusters
        102: "Overhead Squat",  // overhead_barbell_squat
    ]

    /// `total_body_exercise_name`
    private static let totalBody: [UInt16: String] = [
        0: "Burpee",  // burpee
        1: "Burpee",  // weighted_burpee
        2: "Burpee",  // burpee_box_jump
        3: "Burpee",  // weighted_burpee_box_jump
        4: "Burpee",  // high_pull_burpee
        5: "Burpee",  // man_makers
        6: "Burpee",  // one_arm_burpee
        7: "Burpee",  // squat_thrusts
        8: "Burpee",  // weighted_squat_thrusts
        9: "Burpee",  // squat_plank_push_up
        10: "Burpee",  // weighted_squat_plank_push_up
        11: "Single Leg Romanian Deadlift (Dumbbell)",  // standing_t_rotation_balance
        12: "Single Leg Romanian Deadlift (Dumbbell)",  // weighted_standing_t_rotation_balance
        13: "Burpee",  // barbell_burpee
        15: "Burpee",  // burpee_box_jump_over_yes_literally_jumping_over_the_box
        16: "Burpee",  // burpee_box_jump_step_up_over
        17: "Burpee",  // lateral_barbell_burpee
        18: "Burpee",  // total_body_burpee_over_bar
        19: "Burpee",  // burpee_box_jump_over
        20: "Burpee",  // burpee_wheelchair
    ]

    /// `warm_up_exercise_name`
    private static let warmUp: [UInt16: String] = [
        0: "Cat Cow",  // quadruped_rocking
        1: "Warm Up",  // neck_tilts
        2: "Ankle Circles",  // ankle_circles
        3: "Ankle Circles",  // ankle_dorsiflexion_with_band
        4: "Ankle Circles",  // ankle_internal_rotation
        5: "Warm Up",  // arm_circles
        6: "Warm Up",  // bent_over_reach_to_sky
        7: "Cat Cow",  // cat_camel
        8: "World's Greatest Stretch",  // elbow_to_foot_lunge
        9: "Leg Swing",  // forward_and_backward_leg_swings
        10: "Butterfly Stretch",  // groiners
        11: "Hamstring Stretch",  // inverted_hamstring_stretch
        12: "Warm Up",  // lateral_duck_under
        13: "Warm Up",  // neck_rotations
        14: "Warm Up",  // opposite_arm_and_leg_balance
        15: "Thoracic Rotation",  // reach_roll_and_lift
        16: "World's Greatest Stretch",  // scorpion
        17: "Warm Up",  // shoulder_circles
        18: "Leg Swing",  // side_to_side_leg_swings
        19: "Warm Up",  // sleeper_stretch
        20: "Warm Up",  // slide_out
        21: "Warm Up",  // swiss_ball_hip_crossover
        22: "Thoracic Rotation",  // swiss_ball_reach_roll_and_lift
        23: "Warm Up",  // swiss_ball_windshield_wipers
        24: "Thoracic Rotation",  // thoracic_rotation
        25: "Warm Up",  // walking_high_kicks
        26: "High Knee Skips",  // walking_high_knees
        27: "Knee to Chest Stretch",  // walking_knee_hugs
        28: "Warm Up",  // walking_leg_cradles
        29: "Warm Up",  // walkout
        30: "Warm Up",  // walkout_from_push_up_position
        31: "Warm Up",  // biceps_stretch
        32: "Pigeon Stretch",  // glutes_stretch
        33: "Hamstring Stretch",  // standing_hamstring_stretch
        34: "90/90 Hip Switch",  // stretch_90_90
        35: "Cobra Stretch",  // stretch_abs
        36: "Butterfly Stretch",  // stretch_butterfly
        37: "Calf Stretch",  // stretch_calf
        38: "Cat Cow",  // stretch_cat_cow
        39: "Child's Pose",  // stretch_childs_pose
        40: "Cobra Stretch",  // stretch_cobra
        41: "Warm Up",  // stretch_forearms
        42: "Pigeon Stretch",  // stretch_forward_glutes
        43: "World's Greatest Stretch",  // stretch_front_split
        44: "Hamstring Stretch",  // stretch_hamstring
        45: "Hip Flexor Stretch",  // stretch_hip_flexor_and_quad
        46: "Warm Up",  // stretch_lat
        47: "Warm Up",  // stretch_levator_scapulae
        48: "Supine Spinal Twist",  // stretch_lunge_with_spinal_twist
        49: "Hip Flexor Stretch",  // stretch_lunging_hip_flexor
        50: "Butterfly Stretch",  // stretch_lying_abduction
        51: "Warm Up",  // stretch_lying_it_band
        52: "Knee to Chest Stretch",  // stretch_lying_knee_to_chest
        53: "Pigeon Stretch",  // stretch_lying_piriformis
        54: "Supine Spinal Twist",  // stretch_lying_spinal_twist
        55: "Warm Up",  // stretch_neck
        56: "Warm Up",  // stretch_obliques
        57: "Warm Up",  // stretch_over_under_shoulder
        58: "Warm Up",  // stretch_pectoral
        59: "Pigeon Stretch",  // stretch_pigeon_pose
        60: "Pigeon Stretch",  // stretch_piriformis
        61: "Quad Stretch",  // stretch_quad
        62: "World's Greatest Stretch",  // stretch_scorpion
        63: "Warm Up",  // stretch_shoulder
        64: "Warm Up",  // stretch_side
        65: "Butterfly Stretch",  // stretch_side_lunge
        66: "Butterfly Stretch",  // stretch_side_split
        67: "Warm Up",  // stretch_standing_it_band
        68: "Butterfly Stretch",  // stretch_straddle
        69: "Warm Up",  // stretch_triceps
        70: "Warm Up",  // stretch_wall_chest_and_shoulder
        71: "Warm Up",  // neck_rotations_wheelchair
        72: "Warm Up",  // half_kneeling_arm_rotation
        73: "Ankle Circles",  // three_way_ankle_mobilization
        74: "90/90 Hip Switch",  // ninety_ninety_hip_switch
        75: "Butterfly Stretch",  // active_frog
        76: "Warm Up",  // shoulder_sweeps
        77: "Ankle Circles",  // ankle_lunges
        78: "Foam Rolling",  // back_roll_foam_roller
        79: "Bear Crawl",  // bear_crawl
        80: "Foam Rolling",  // latissimus_dorsi_foam_roll
        81: "Thoracic Rotation",  // reverse_t_hip_opener
        82: "Warm Up",  // shoulder_rolls
        83: "Thoracic Rotation",  // chest_openers
        84: "Warm Up",  // triceps_stretch
        85: "Warm Up",  // upper_back_stretch
        86: "Hip Circles",  // hip_circles
        87: "Calf Stretch",  // ankle_stretch
        88: "High Knee Skips",  // marching_in_place
        89: "Warm Up",  // triceps_stretch_wheelchair
        90: "Warm Up",  // upper_back_stretch_wheelchair
    ]

    /// `banded_exercises_exercise_name`
    private static let bandedExercises: [UInt16: String] = [
        1: "Russian Twist",  // ab_twist
        2: "Back Extension",  // back_extension
        3: "Bicycle Crunch",  // bicycle_crunch
        4: "Standing Calf Raise (Machine)",  // calf_raises
        5: "Push Up",  // chest_press
        6: "Clamshell",  // clam_shells
        7: "Bicep Curl (Dumbbell)",  // curl
        8: "Dead Bug",  // deadbug
        9: "Romanian Deadlift (Dumbbell)",  // deadlift
        10: "Glute Kickback (Cable)",  // donkey_kick
        11: "External Rotation (Cable)",  // external_rotation
        12: "External Rotation (Cable)",  // external_rotation_at_90_degree_abduction
        13: "Face Pull (Cable)",  // face_pull
        14: "Fire Hydrant",  // fire_hydrant
        15: "Chest Fly (Dumbbell)",  // fly
        16: "Front Raise (Dumbbell)",  // front_raise
        17: "Glute Bridge",  // glute_bridge
        18: "Standing Leg Curl (Machine)",  // hamstring_curls
        19: "Plank with Leg Lift",  // high_plank_leg_lifts
        20: "Glute Kickback (Cable)",  // hip_extension
        21: "External Rotation (Cable)",  // internal_rotation
        22: "Jumping Jacks",  // jumping_jack
        23: "Cable Crunch",  // kneeling_crunch
        24: "Lateral Band Walk",  // lateral_band_walks
        25: "Lateral Raise (Dumbbell)",  // lateral_raise
        26: "Lat Pulldown (Cable)",  // latpull
        27: "Hip Abduction (Cable)",  // leg_abduction
        28: "Hip Adductor (Machine)",  // leg_adduction
        29: "Leg Extension (Machine)",  // leg_extension
        30: "Split Squat",  // lunge
        31: "Plank",  // plank
        32: "Rear Delt Reverse Fly (Machine)",  // pull_apart
        33: "Push Up",  // push_ups
        34: "Reverse Crunch",  // reverse_crunch
        35: "Seated Row (Cable)",  // row
        36: "Lateral Raise (Dumbbell)",  // shoulder_abduction
        37: "External Rotation (Cable)",  // shoulder_extension
        38: "External Rotation (Cable)",  // shoulder_external_rotation
        39: "External Rotation (Cable)",  // shoulder_flexion_to_90_degrees
        40: "Side Plank with Hip Abduction",  // side_plank_leg_lifts
        41: "Lateral Raise (Dumbbell)",  // side_raise
        42: "Squat (Bodyweight)",  // squat
        43: "Squat to Press (Dumbbell)",  // squat_to_press
        44: "Triceps Pushdown (Cable - Straight Bar)",  // tricep_extension
        45: "Triceps Kickback (Dumbbell)",  // tricep_kickback
        46: "Upright Row (Barbell)",  // upright_row
        47: "External Rotation (Cable)",  // wall_crawl_with_external_rotation
        49: "Lateral Raise (Dumbbell)",  // lateral_raise_wheelchair
        50: "Triceps Pushdown (Cable - Straight Bar)",  // triceps_extension_wheelchair
        51: "Chest Fly (Dumbbell)",  // chest_fly_incline_wheelchair
        52: "Chest Fly (Dumbbell)",  // chest_fly_decline_wheelchair
        53: "Lat Pulldown (Cable)",  // pull_down_wheelchair
        54: "Lat Pulldown (Cable)",  // straight_arm_pull_down_wheelchair
        55: "Bicep Curl (Dumbbell)",  // curl_wheelchair
        56: "Bicep Curl (Dumbbell)",  // overhead_curl_wheelchair
        57: "Face Pull (Cable)",  // face_pull_wheelchair
        58: "Around the World",  // around_the_world_wheelchair
        59: "Rear Delt Reverse Fly (Machine)",  // pull_apart_wheelchair
        60: "Bicep Curl (Dumbbell)",  // side_curl_wheelchair
        61: "Overhead Press (Dumbbell)",  // overhead_press_wheelchair
    ]

    /// `sandbag_exercise_name`
    private static let sandbag: [UInt16: String] = [
        0: "Russian Twist",  // around_the_world
        1: "Squat (Barbell)",  // back_squat
        2: "Plank",  // bear_crawl_pull_through
        3: "Squat (Barbell)",  // bear_hug_squat
        4: "Power Clean",  // clean
        5: "Clean and Jerk (Barbell)",  // clean_and_press
        6: "Bicep Curl (Barbell)",  // curl
        7: "Front Rack Carry",  // front_carry
        8: "Front Squat (Barbell)",  // front_squat
        9: "Lunge (Dumbbell)",  // lunge
        10: "Overhead Press (Barbell)",  // overhead_press
        11: "Plank",  // plank_pull_through
        12: "Lunge (Dumbbell)",  // rotational_lunge
        13: "Bent Over Row (Barbell)",  // row
        14: "Russian Twist",  // russian_twist
        15: "Power Clean",  // shouldering
        16: "Cable Woodchop",  // shoveling
        17: "Lateral Lunge",  // side_lunge
        18: "Running",  // sprint
        19: "Front Squat (Barbell)",  // zercher_squat
    ]

    /// `sled_exercise_name`
    private static let sled: [UInt16: String] = [
        0: "Backward Sled Pull",  // backward_drag
        1: "Chest Press (Machine)",  // chest_press
        2: "Backward Sled Pull",  // forward_drag
        3: "Sled Push",  // low_push
        4: "Sled Push",  // push
        5: "Seated Row (Cable)",  // row
    ]

    /// `sledge_hammer_exercise_name`
    private static let sledgeHammer: [UInt16: String] = [
        0: "Cable Woodchop",  // lateral_swing
        1: "Cable Woodchop",  // hammer_slam
    ]

    /// `suspension_exercise_name`
    private static let suspension: [UInt16: String] = [
        0: "Chest Fly (Dumbbell)",  // chest_fly
        1: "Push Up",  // chest_press
        2: "Knee Raise (Captain's Chair)",  // crunch
        3: "Bicep Curl (Dumbbell)",  // curl
        4: "Triceps Dip",  // dip
        5: "Face Pull (Cable)",  // face_pull
        6: "Glute Bridge",  // glute_bridge
        7: "Stability Ball Leg Curl",  // hamstring_curl
        8: "Side Plank",  // hip_drop
        9: "Inverted Row",  // inverted_row
        10: "Jump Squat",  // knee_drive_jump
        11: "Knee Raise (Captain's Chair)",  // knee_to_chest
        12: "Straight Arm Lat Pulldown (Cable)",  // lat_pullover
        13: "Bulgarian Split Squat",  // lunge
        14: "Mountain Climber",  // mountain_climber
        15: "Russian Twist",  // pendulum
        16: "Ab Wheel Rollout",  // pike
        17: "Plank",  // plank
        18: "Inverted Row",  // power_pull
        19: "Pull Up",  // pull_up
        20: "Push Up",  // push_up
        21: "Reverse Plank",  // reverse_mountain_climber
        22: "Reverse Plank",  // reverse_plank
        23: "Ab Wheel Rollout",  // rollout
        24: "Inverted Row",  // row
        25: "Lateral Lunge",  // side_lunge
        26: "Side Plank",  // side_plank
        27: "Single Leg Romanian Deadlift (Dumbbell)",  // single_leg_deadlift
        28: "Pistol Squat",  // single_leg_squat
        29: "Sit Up",  // sit_up
        30: "Bulgarian Split Squat",  // split
        31: "Squat (Bodyweight)",  // squat
        32: "Jump Squat",  // squat_jump
        33: "Triceps Extension (Dumbbell)",  // tricep_press
        34: "Y Raise",  // y_fly
    ]

    /// `tire_exercise_name`
    private static let tire: [UInt16: String] = [
        0: "Deadlift (Barbell)",  // flip
    ]
}
