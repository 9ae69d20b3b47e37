//! The benchmark's policy shapes (src/synth.rs) are what they claim to be, so
//! that benches/scaling.rs measures real work.

use policyc::synth::{shaped, Shape};

#[test]
fn each_benchmark_shape_compiles_as_intended() {
    for shape in Shape::ALL {
        let compiled = policyc::compile_str("shape.policy", &shaped(shape, 50));
        if shape == Shape::Diagnostics {
            assert_eq!(compiled.errors.len(), 50, "{shape:?}");
        } else {
            assert!(
                compiled.errors.is_empty(),
                "{shape:?}: {}",
                policyc::diag::render_human(&compiled.errors, false, 80)
            );
        }
        let policy = compiled.policy.expect("a policy");
        let size = match shape {
            Shape::Categories => policy.data.len(),
            Shape::Purposes => policy.purposes.len() * policy.purposes[0].uses.len() / 20,
            Shape::Sections => policy.sections.len(),
            Shape::Cookies => policy.cookies.as_ref().map_or(0, |c| c.rows.len()),
            Shape::Diagnostics => 50,
        };
        assert_eq!(size, 50, "{shape:?}");
    }
}
