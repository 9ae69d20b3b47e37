//! A list of the view that templates read one item at a time.
//!
//! A template's values are made from the view with `Value::from_serialize`,
//! which copies all of it: on a policy of 10,000 purposes that copy was a
//! third of a build's peak memory (docs/performance.md). An [`Items`] list
//! reaches the template as a sequence object instead, whose items become
//! template values only when the template reads them, and are freed once
//! it has. Serialized anywhere else it is the plain list it holds.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use serde::{Serialize, Serializer};

/// A list of view items, shared with the template that reads it.
pub struct Items<T>(Arc<Vec<T>>);

impl<T> Items<T> {
    /// The items, in order.
    pub fn new(items: Vec<T>) -> Self {
        Items(Arc::new(items))
    }
}

impl<T> From<Vec<T>> for Items<T> {
    fn from(items: Vec<T>) -> Self {
        Items::new(items)
    }
}

impl<T> std::ops::Deref for Items<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T: Serialize + Send + Sync + 'static> Serialize for Items<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if minijinja::value::serializing_for_value() {
            Value::from_object(Seq(Arc::clone(&self.0))).serialize(serializer)
        } else {
            self.0.serialize(serializer)
        }
    }
}

/// The template's side of [`Items`]: a sequence whose items are made into
/// template values as they are read.
struct Seq<T>(Arc<Vec<T>>);

impl<T> std::fmt::Debug for Seq<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{} items]", self.0.len())
    }
}

impl<T: Serialize + Send + Sync + 'static> Object for Seq<T> {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let at = key.as_usize()?;
        self.0.get(at).map(Value::from_serialize)
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Item {
        name: &'static str,
    }

    #[test]
    fn a_template_reads_the_items_as_a_list_and_json_sees_the_list() {
        let items = Items::new(vec![Item { name: "a" }, Item { name: "b" }]);
        let none: Items<Item> = Items::new(Vec::new());
        let env = minijinja::Environment::new();
        let out = env
            .render_str(
                "{{ xs|length }}:{% for x in xs %}{{ x.name }}{% if not loop.last %},{% endif %}{% endfor %}:{{ xs[1].name }}:{{ 'yes' if none else 'no' }}:{{ xs|map(attribute='name')|join('+') }}",
                minijinja::context! { xs => &items, none => &none },
            )
            .map_err(|e| e.to_string());
        assert_eq!(out.as_deref(), Ok("2:a,b:b:no:a+b"));
        assert_eq!(
            serde_json::to_string(&items).ok().as_deref(),
            Some(r#"[{"name":"a"},{"name":"b"}]"#)
        );
    }
}
