//! The corpus README documents every file and every field the data uses.
use std::collections::BTreeSet;

use serde_json::Value;

fn keys(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn the_readme_documents_every_file_and_field_in_use() {
    let root = crate::repo_root().join("assets/corpus");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let files = brink_build::embedded::files();
    for (name, text) in &files.json {
        assert!(
            readme.contains(&format!("`{name}`")),
            "README does not list {name}"
        );
        let mut used = BTreeSet::new();
        keys(&serde_json::from_str(text).unwrap(), &mut used);
        for key in used {
            assert!(
                readme.contains(&format!("`{key}`")),
                "README does not document `{key}` ({name})"
            );
        }
    }
}
