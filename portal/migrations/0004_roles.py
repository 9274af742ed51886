from django.db import migrations

from portal import roles


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_search_vector_postgresql"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(roles.create_groups, roles.delete_groups)]
